using Elara.Grains.Persistence;
using Elara.Runtime;
using Elara.Runtime.State;

namespace Elara.Grains.Products;

/// <summary>The shop's basket count. One call per order, so one grain is not hot; written a little later, like counters.</summary>
public sealed class BasketsGrain([PersistentState("baskets")] IPersistentState<BasketsState> baskets) : Grain, IBasketsGrain
{
    readonly DeferredWrite write = new(cancellationToken => baskets.WriteStateAsync(cancellationToken));

    public Task RecordAsync(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        baskets.State = baskets.State with { Count = baskets.State.Count + count };
        write.Schedule(RegisterGrainTimer);
        return Task.CompletedTask;
    }

    public Task<long> CountAsync() => Task.FromResult(baskets.State.Count);
}
