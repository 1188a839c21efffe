using Elara.Grains.Search;

namespace Elara.Api.Trending;

/// <summary>
/// What marketing counts as a search that found nothing: no hit at all, or (since the hybrid search always finds
/// something similar) a first page on which none of the query's words explains any hit.
/// </summary>
public static class SearchMiss
{
    public static bool Is(SearchResult result) => result.Hits.All(h => h.FoundBySimilarityOnly);
}
