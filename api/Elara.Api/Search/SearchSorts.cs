using Elara.Grains.Search;

namespace Elara.Api.Search;

/// <summary>The sort names the search API takes and answers with.</summary>
public static class SearchSorts
{
    static readonly Dictionary<string, SearchSort> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["relevance"] = SearchSort.Relevance,
        ["price_asc"] = SearchSort.PriceAscending,
        ["price_desc"] = SearchSort.PriceDescending,
        ["best_rated"] = SearchSort.BestRated,
        ["newest"] = SearchSort.Newest,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string name, out SearchSort sort) => ByName.TryGetValue(name, out sort);

    public static string NameOf(SearchSort sort) => ByName.First(pair => pair.Value == sort).Key;
}
