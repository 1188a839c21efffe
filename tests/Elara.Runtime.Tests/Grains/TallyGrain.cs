using Elara.Runtime.State;

namespace Elara.Runtime.Tests.Grains;

/// <summary>Adds numbers through an event log; only <see cref="SnapshotAsync"/> writes the state, so the rest must replay.</summary>
public interface ITallyGrain : IGrainWithStringKey
{
    Task<long> AddAsync(long amount);

    Task<long> GetAsync();

    Task SnapshotAsync();
}

public sealed record TallyState
{
    public long Sum { get; init; }

    public long Logged { get; init; }
}

public sealed record TallyEntry(long Amount);

public sealed class TallyGrain(
    [PersistentState("tally")] IPersistentState<TallyState> snapshot,
    [EventLog("added")] IEventLog<TallyEntry> added,
    ActivationLog log) : Grain, ITallyGrain
{
    long sum;
    long logged;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (sum, logged) = (snapshot.State.Sum, snapshot.State.Logged);
        var replayed = await added.ReadAfterAsync(logged, cancellationToken);
        foreach (var (position, entry) in replayed)
        {
            (sum, logged) = (sum + entry.Amount, position);
        }

        log.Add($"activate {GetPrimaryKeyString()} replayed {replayed.Count}");
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        log.Add($"deactivate {GetPrimaryKeyString()} {reason}");
        return Task.CompletedTask;
    }

    public async Task<long> AddAsync(long amount)
    {
        await added.AppendAsync(logged + 1, new TallyEntry(amount));
        (sum, logged) = (sum + amount, logged + 1);
        return sum;
    }

    public Task<long> GetAsync() => Task.FromResult(sum);

    public async Task SnapshotAsync()
    {
        snapshot.State = new TallyState { Sum = sum, Logged = logged };
        await snapshot.WriteStateAsync();
        await added.ForgetBeforeAsync(logged);
    }
}
