using Elara.Runtime.State;

namespace Elara.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();

    /// <summary>Changes the count without writing it: only deactivation or shutdown stores it.</summary>
    Task SetWithoutWritingAsync(int value);

    Task<int> GetAsync();

    Task SaveAsync();

    Task DeactivateAsync();
}

public sealed record CounterState
{
    public int Value { get; init; }
}

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> counter, ActivationLog log) : Grain, ICounterGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        log.Add($"activate {GetPrimaryKeyString()} {counter.State.Value}");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        log.Add($"deactivate {GetPrimaryKeyString()} {reason}");
        return Task.CompletedTask;
    }

    public async Task<int> IncrementAsync()
    {
        counter.State = counter.State with { Value = counter.State.Value + 1 };
        await counter.WriteStateAsync();
        return counter.State.Value;
    }

    public Task SetWithoutWritingAsync(int value)
    {
        counter.State = counter.State with { Value = value };
        return Task.CompletedTask;
    }

    public Task<int> GetAsync() => Task.FromResult(counter.State.Value);

    public Task SaveAsync() => counter.WriteStateAsync();

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
