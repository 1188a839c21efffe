using Elara.Grains.Search;

namespace Elara.Api.Search;

/// <summary>
/// One page of search results: hits with their score and why they matched, facets, the parsed query, the spelling
/// correction applied and the constraint relaxed to avoid an empty page (each null when none).
/// </summary>
public sealed record SearchPage(
    IReadOnlyList<SearchHit> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<Facet> Facets,
    ParsedQuery Parsed,
    string? Correction,
    string? Relaxed)
{
    public static SearchPage From(SearchResult result) => new(
        result.Hits,
        result.Total,
        result.Page,
        result.PageSize,
        result.Facets,
        result.Parsed,
        result.Correction,
        result.Relaxed);
}
