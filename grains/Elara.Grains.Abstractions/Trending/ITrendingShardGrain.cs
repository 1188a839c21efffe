using Elara.Runtime;

namespace Elara.Grains.Trending;

/// <summary>
/// One of the trending counters (key: <see cref="TrendingKeys.ShardFor"/>). It receives the behaviour and paid-order
/// streams of its shard implicitly; this interface carries the signals that travel on no stream.
/// </summary>
public interface ITrendingShardGrain : IGrainWithStringKey
{
    /// <summary>Counts a search that found nothing (normalised here; blank queries are ignored).</summary>
    Task RecordSearchMissAsync(string query);
}
