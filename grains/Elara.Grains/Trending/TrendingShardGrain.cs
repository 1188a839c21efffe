using Elara.Grains.Analytics;
using Elara.Grains.Behaviour;
using Elara.Grains.Persistence;
using Elara.Grains.Products;
using Elara.Grains.SearchIndex;
using Elara.Runtime;
using Elara.Runtime.State;
using Elara.Runtime.Streams;
using Elara.Runtime.Timers;

namespace Elara.Grains.Trending;

/// <summary>
/// One shard of the trending counters: it receives its shard of the behaviour and paid-order streams, counts into time
/// buckets in memory, and sends what it counted to the reduce step in one batch at most every <see cref="FlushDelay"/>,
/// so no grain takes a call per event. Only the funnel's last-seen times are stored (a lost batch only nudges a trend).
/// </summary>
[ImplicitStreamSubscription(BehaviourStream.Namespace)]
[ImplicitStreamSubscription(OrderStream.Namespace)]
public sealed class TrendingShardGrain : Grain, ITrendingShardGrain, IAsyncObserver<BehaviourBatch>, IAsyncObserver<OrderPaid>
{
    /// <summary>How long counts wait for their batch: short enough for a live dashboard.</summary>
    public static readonly TimeSpan FlushDelay = TimeSpan.FromMilliseconds(250);

    readonly IPersistentState<ShopperFunnel> funnel;
    readonly SiloCatalogIndex catalog;
    readonly TimeProvider clock;
    readonly DeferredWrite write;
    readonly TrendingCounts pending = new();
    readonly RevenueMinutes revenue = new();
    readonly Dictionary<string, string> categories = new(StringComparer.Ordinal);
    IGrainTimer? flush;

    public TrendingShardGrain(
        [PersistentState("funnel")] IPersistentState<ShopperFunnel> funnel,
        SiloCatalogIndex catalog,
        TimeProvider clock)
    {
        this.funnel = funnel;
        this.catalog = catalog;
        this.clock = clock;
        write = new DeferredWrite(WriteFunnelAsync);
    }

    public async Task OnNextAsync(BehaviourBatch item, StreamId stream)
    {
        var now = clock.GetUtcNow();
        var sightings = new List<FunnelSighting>(item.Events.Count);
        foreach (var e in item.Events)
        {
            if (FunnelStages.Of(e.Kind) is { } stage)
            {
                sightings.Add(new FunnelSighting(stage, e.ShopperId, Capped(e.At, now)));
            }
        }

        if (sightings.Count > 0)
        {
            // The whole batch in one step: each stage's shoppers are copied once, not once per event.
            (funnel.State, var moves) = funnel.State.Seen(sightings);
            foreach (var move in moves)
            {
                pending.Add(move);
            }

            write.Schedule(RegisterGrainTimer);
        }

        foreach (var e in item.Events)
        {
            await CountAsync(e, Capped(e.At, now));
        }

        ScheduleFlush();
    }

    /// <summary>An event stamped in the future (a skewed clock) counts as now.</summary>
    static DateTimeOffset Capped(DateTimeOffset at, DateTimeOffset now) => at > now ? now : at;

    async Task CountAsync(BehaviourEvent item, DateTimeOffset at)
    {
        if (item is { Kind: BehaviourKind.Search, Query: { } query } && QueryText.Normalise(query) is { Length: > 0 } normalised)
        {
            pending.Add(TallyKind.Query, normalised, at, 1, 1);
        }

        if (item.ProductId is { } productId && TrendingWeights.Of(item.Kind) is > 0 and var weight && await CategoryOfAsync(productId) is { } category)
        {
            pending.Add(TallyKind.Product, productId, at, weight, 1);
            categories[productId] = category;
        }
    }

    public Task OnNextAsync(OrderPaid item, StreamId stream)
    {
        revenue.Add(Capped(item.At, clock.GetUtcNow()), item.Total, 1);
        ScheduleFlush();
        return Task.CompletedTask;
    }

    public Task RecordSearchMissAsync(string query)
    {
        if (QueryText.Normalise(query) is { Length: > 0 } normalised)
        {
            pending.Add(TallyKind.ZeroResultQuery, normalised, clock.GetUtcNow(), 1, 1);
            ScheduleFlush();
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        write.Cancel();
        funnel.State = funnel.State.Pruned(clock.GetUtcNow());
    }

    /// <summary>The silo's catalog replica knows almost every product; a product it has not seen yet is asked directly.</summary>
    async Task<string?> CategoryOfAsync(string productId) =>
        catalog.CategoryOf(productId) ?? (await GrainFactory.GetGrain<IProductGrain>(productId).GetAsync())?.Category;

    void ScheduleFlush() => flush ??= RegisterGrainTimer(FlushAsync, FlushDelay, Timeout.InfiniteTimeSpan);

    async Task FlushAsync(CancellationToken cancellationToken)
    {
        flush?.Dispose();
        flush = null;
        if (pending.IsEmpty && revenue.IsEmpty)
        {
            return;
        }

        var batch = new TrendingTallies
        {
            Buckets = pending.ToTallies(),
            Revenue = revenue.ToList(),
            Categories = new Dictionary<string, string>(categories, StringComparer.Ordinal),
        };
        pending.Clear();
        revenue.Clear();
        categories.Clear();
        await GrainFactory.GetGrain<ITrendingGrain>(TrendingKeys.Main).MergeAsync(batch);
    }

    Task WriteFunnelAsync(CancellationToken cancellationToken)
    {
        funnel.State = funnel.State.Pruned(clock.GetUtcNow());
        return funnel.WriteStateAsync(cancellationToken);
    }
}
