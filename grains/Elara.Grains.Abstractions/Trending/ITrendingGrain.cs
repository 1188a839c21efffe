using Elara.Grains.Analytics;
using Elara.Runtime;

namespace Elara.Grains.Trending;

/// <summary>
/// The reduce side of the sharded trending counters (key <see cref="TrendingKeys.Main"/>): the top products of a window,
/// optionally within one category, best first. Shards send it their counts in batches, never one call per event, and
/// it tells dashboard observers when something changed.
/// </summary>
public interface ITrendingGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<IReadOnlyList<TrendingProduct>> TopAsync(TrendingWindow window, string? category, int limit);

    /// <summary>Everything the marketing dashboard shows for a window; lists hold at most <paramref name="limit"/> entries.</summary>
    [ReadOnly]
    Task<AnalyticsSnapshot> SnapshotAsync(TrendingWindow window, int limit);

    /// <summary>Adds a shard's counts since its last batch.</summary>
    Task MergeAsync(TrendingTallies tallies);

    /// <summary>Adds the observer or renews it; subscriptions expire after <see cref="TrendingKeys.ObserverExpiry"/>.</summary>
    Task SubscribeAsync(ITrendingObserver observer);

    Task UnsubscribeAsync(ITrendingObserver observer);
}
