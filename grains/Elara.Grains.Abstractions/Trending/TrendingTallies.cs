using Elara.Grains.Analytics;

namespace Elara.Grains.Trending;

/// <summary>
/// Counts in bucket form: a shard's batch for the reduce step, and what the reduce step stores. Categories name the
/// category of each product counted.
/// </summary>
public sealed record TrendingTallies
{
    public IReadOnlyList<BucketTally> Buckets { get; init; } = [];

    public IReadOnlyList<RevenueMinute> Revenue { get; init; } = [];

    public IReadOnlyDictionary<string, string> Categories { get; init; } = new Dictionary<string, string>();
}
