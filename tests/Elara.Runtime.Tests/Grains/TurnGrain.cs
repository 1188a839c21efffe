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
    int inside;
    int maxInside;

    public Task<int> EnterAsync(string gate) => Through(gate);

    public Task<int> PeekAsync(string gate) => Through(gate);

    public Task<int> InterleaveAsync() => Task.FromResult(inside);

    public async Task<IReadOnlyList<int>> AppendAsync(int value)
    {
        inside++;
        maxInside = Math.Max(maxInside, inside);
        await Task.Yield();
        values.Add(value);
        await Task.Delay(1);
        inside--;
        return values.ToArray();
    }

    public Task<int> MaxConcurrencyAsync() => Task.FromResult(maxInside);

    public Task<int> NeverAnswersAsync() => new TaskCompletionSource<int>().Task;

    public Task FailAsync(string message) => throw new ArgumentException(message);

    async Task<int> Through(string gate)
    {
        inside++;
        maxInside = Math.Max(maxInside, inside);
        gates.Entered(gate);
        await gates.WaitAsync(gate);
        inside--;
        return maxInside;
    }
}

[Reentrant]
public sealed class ReentrantTurnGrain(Gates gates) : Grain, IReentrantTurnGrain
{
    int inside;
    int maxInside;

    public async Task<int> EnterAsync(string gate)
    {
        inside++;
        maxInside = Math.Max(maxInside, inside);
        gates.Entered(gate);
        await gates.WaitAsync(gate);
        inside--;
        return maxInside;
    }
}

public interface IReentrantTurnGrain : IGrainWithStringKey
{
    Task<int> EnterAsync(string gate);
}
