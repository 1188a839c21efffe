using Elara.Runtime;

namespace Elara.Grains.Search;

/// <summary>
/// Trending search queries (key: <see cref="SearchKeys.Trends"/>): a bounded set of normalised queries with counts
/// that decay over time, stored so they survive restarts.
/// </summary>
public interface ISearchTrendsGrain : IGrainWithStringKey
{
    /// <summary>Counts one search for <paramref name="query"/> (normalised here; blank queries are ignored).</summary>
    Task RecordAsync(string query);

    /// <summary>The <paramref name="count"/> queries with the highest decayed counts, highest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> TopAsync(int count);
}
