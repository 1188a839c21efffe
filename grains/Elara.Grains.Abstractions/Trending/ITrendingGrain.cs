using Elara.Runtime;

namespace Elara.Grains.Trending;

/// <summary>
/// The reduce side of the sharded trending counters (key <see cref="TrendingKeys.Main"/>): the top products of a window,
/// optionally within one category, best first.
/// </summary>
public interface ITrendingGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<IReadOnlyList<TrendingProduct>> TopAsync(TrendingWindow window, string? category, int limit);
}
