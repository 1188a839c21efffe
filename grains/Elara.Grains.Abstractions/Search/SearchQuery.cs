namespace Elara.Grains.Search;

/// <summary>
/// A search as the shopper typed it plus explicit filters (filters from the API win over ones parsed from the text).
/// <paramref name="CategoryAffinity"/> is the shopper's live category preference (0..1) and
/// <paramref name="RecentProducts"/> the products they just looked at, most recent first, whose embeddings (decayed by
/// recency) make their live preference vector: both feed the personal re-rank.
/// </summary>
public sealed record SearchQuery(
    string Text,
    string? Category = null,
    decimal? MinPrice = null,
    decimal? MaxPrice = null,
    SearchSort? Sort = null,
    int Page = 1,
    int PageSize = 20,
    bool InStockOnly = true,
    IReadOnlyDictionary<string, double>? CategoryAffinity = null,
    IReadOnlyList<string>? RecentProducts = null);
