using Elara.Grains.Analytics;
using Elara.Grains.Persistence;
using Elara.Runtime;
using Elara.Runtime.Observers;
using Elara.Runtime.State;
using Elara.Runtime.Timers;

namespace Elara.Grains.Trending;

/// <summary>
/// The reduce step: merges the shards' batches (a few calls a second however busy the shop is), answers top lists and
/// dashboard snapshots from memory, and tells observers that something changed, at most once per
/// <see cref="NotifyGap"/>. Counts are stored a few seconds after a change, so a restart keeps the day's trends.
/// </summary>
public sealed class TrendingGrain : Grain, ITrendingGrain
{
    /// <summary>The shortest time between two change notices to an observer.</summary>
    public static readonly TimeSpan NotifyGap = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How stale a top list may be: ranking a day of a large catalog costs milliseconds, and batches arrive several times
    /// a second, so top lists are ranked again at most this often. Dashboard snapshots always rank what they show.
    /// </summary>
    public static readonly TimeSpan RankingMaxAge = TimeSpan.FromSeconds(1);

    readonly IPersistentState<TrendingTallies> stored;
    readonly TimeProvider clock;
    readonly DeferredWrite write;
    readonly ObserverManager<ITrendingObserver> observers;
    readonly TrendingCounts counts = new();
    readonly RevenueMinutes revenue = new();
    Dictionary<string, string> categories = new(StringComparer.Ordinal);
    readonly CachedRanking?[] rankings = new CachedRanking?[TrendingWindows.All.Count];
    long version;
    IGrainTimer? notify;
    DateTimeOffset lastNotified = DateTimeOffset.MinValue;

    public TrendingGrain([PersistentState("trending")] IPersistentState<TrendingTallies> stored, TimeProvider clock)
    {
        this.stored = stored;
        this.clock = clock;
        write = new DeferredWrite(WriteAsync);
        observers = new ObserverManager<ITrendingObserver>(TrendingKeys.ObserverExpiry, clock);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Merge(stored.State);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        write.Cancel();
        stored.State = Capture();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TrendingProduct>> TopAsync(TrendingWindow window, string? category, int limit) =>
        Task.FromResult(Ranking(window, clock.GetUtcNow(), RankingMaxAge).Top(category, limit));

    public Task<AnalyticsSnapshot> SnapshotAsync(TrendingWindow window, int limit)
    {
        var now = clock.GetUtcNow();
        return Task.FromResult(TrendingReport.Snapshot(Ranking(window, now, TimeSpan.Zero), counts, revenue, window, limit, now));
    }

    public Task MergeAsync(TrendingTallies tallies)
    {
        Merge(tallies);
        write.Schedule(RegisterGrainTimer);
        if (notify is null && observers.Count > 0)
        {
            var wait = lastNotified + NotifyGap - clock.GetUtcNow();
            notify = RegisterGrainTimer(NotifyAsync, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }

        return Task.CompletedTask;
    }

    public Task SubscribeAsync(ITrendingObserver observer)
    {
        observers.Subscribe(observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ITrendingObserver observer)
    {
        observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The window's ranking, built again when the window's current bucket moved, or when the counts changed and the one
    /// held is older than <paramref name="maxAge"/>. Read-only turns run side by side and may both build it; each stores
    /// a whole entry, so a reader never sees half of one.
    /// </summary>
    TrendingRanking Ranking(TrendingWindow window, DateTimeOffset now, TimeSpan maxAge)
    {
        var bucket = TrendingBuckets.Index(window, now);
        if (Volatile.Read(ref rankings[(int)window]) is { } cached && cached.Bucket == bucket && (cached.Version == version || now - cached.BuiltAt < maxAge))
        {
            return cached.Ranking;
        }

        var ranking = TrendingRanking.Of(counts, categories, window, now);
        Volatile.Write(ref rankings[(int)window], new CachedRanking(version, bucket, now, ranking));
        return ranking;
    }

    void Merge(TrendingTallies tallies)
    {
        var now = clock.GetUtcNow();
        version++;
        counts.Merge(tallies.Buckets, now);
        counts.Expire(now);
        revenue.Merge(tallies.Revenue, now);
        revenue.Expire(now);
        foreach (var (productId, category) in tallies.Categories)
        {
            categories[productId] = category;
        }
    }

    async Task NotifyAsync(CancellationToken cancellationToken)
    {
        notify?.Dispose();
        notify = null;
        lastNotified = clock.GetUtcNow();
        var at = lastNotified;
        await observers.NotifyAsync(observer => observer.ChangedAsync(at));
    }

    Task WriteAsync(CancellationToken cancellationToken)
    {
        stored.State = Capture();
        return stored.WriteStateAsync(cancellationToken);
    }

    /// <summary>The counts to store; categories of products no longer counted are forgotten on the way.</summary>
    TrendingTallies Capture()
    {
        var counted = counts.Keys(TallyKind.Product);
        categories = categories.Where(c => counted.Contains(c.Key)).ToDictionary(StringComparer.Ordinal);
        return new TrendingTallies { Buckets = counts.ToTallies(), Revenue = revenue.ToList(), Categories = new Dictionary<string, string>(categories, StringComparer.Ordinal) };
    }

    sealed record CachedRanking(long Version, long Bucket, DateTimeOffset BuiltAt, TrendingRanking Ranking);
}
