namespace Elara.Grains.Search;

/// <summary>
/// A page of hits with the total, facets, the parse, the spelling correction applied (null when none), and which
/// constraint was relaxed to avoid an empty answer (null when none).
/// </summary>
public sealed record SearchResult(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<Facet> Facets,
    ParsedQuery Parsed,
    string? Correction,
    string? Relaxed);
