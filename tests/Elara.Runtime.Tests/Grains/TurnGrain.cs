namespace Elara.Runtime.Tests.Grains;

public interface ITurnGrain : IGrainWithStringKey
{
    /// <summary>Records entry, awaits <paramref name="gate"/>'s release, records exit.</summary>
    Task<int> EnterAsync(string gate);

    [ReadOnly]
    Task<int> PeekAsync(string gate);

    [AlwaysInterleave]
    Task<int> InterleaveAsync();

    Task<IReadOnlyList<int>> AppendAsync(int value);

    Task<int> MaxConcurrencyAsync();

    Task<int> NeverAnswersAsync();

    Task FailAsync(string message);
}

public sealed class TurnGrain(Gates gates) : Grain, ITurnGrain
{
    readonly List<int> values = [];
    readonly GateTurns turns = new(gates);

    public Task<int> EnterAsync(string gate) => turns.ThroughAsync(gate);

    public Task<int> PeekAsync(string gate) => turns.ThroughAsync(gate);

    public Task<int> InterleaveAsync() => Task.FromResult(turns.Inside);

    public async Task<IReadOnlyList<int>> AppendAsync(int value)
    {
        turns.Enter();
        await Task.Yield();
        values.Add(value);
        await Task.Delay(1);
        turns.Leave();
        return values.ToArray();
    }

    public Task<int> MaxConcurrencyAsync() => Task.FromResult(turns.MaxInside);

    public Task<int> NeverAnswersAsync() => new TaskCompletionSource<int>().Task;

    public Task FailAsync(string message) => throw new ArgumentException(message);
}
