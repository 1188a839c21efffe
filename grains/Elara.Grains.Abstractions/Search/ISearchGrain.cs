using Elara.Runtime;

namespace Elara.Grains.Search;

/// <summary>
/// Product search, answered from the calling silo's own catalog index (a stateless worker: use key
/// <see cref="SearchKeys.Local"/>). Searches and clicks feed trending queries and the learned synonyms.
/// </summary>
public interface ISearchGrain : IGrainWithStringKey
{
    /// <summary>
    /// Runs the query; when <paramref name="shopperId"/> is given and the query carries no affinity, the shopper's
    /// recently viewed categories personalise the ranking.
    /// </summary>
    Task<SearchResult> SearchAsync(SearchQuery query, string? shopperId = null);

    /// <summary>Completions from product names, categories and popular queries; the shopper's viewed categories first.</summary>
    Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int limit, string? shopperId = null);

    /// <summary>Counts a query a shopper searched for in the trending queries.</summary>
    Task RecordSearchAsync(string query);

    /// <summary>A shopper who searched <paramref name="query"/> clicked <paramref name="productId"/>: every silo's index learns from it.</summary>
    Task RecordClickAsync(string query, string productId);
}
