namespace Elara.Grains.Search;

/// <summary>
/// A search as the shopper typed it plus explicit filters (filters from the API win over ones parsed from the text).
/// <paramref name="CategoryAffinity"/> is the shopper's live category preference (0..1) for the personal re-rank.
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
    IReadOnlyDictionary<string, double>? CategoryAffinity = null);
