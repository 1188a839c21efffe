namespace Elara.Grains.Search;

/// <summary>
/// The filters one search applies, explicit (from the API) and parsed (from the text). Colours, materials and sizes
/// are held as stems; any one of several colours will do. <see cref="ProductColumns.Admitted"/> applies them.
/// </summary>
public sealed record SearchConstraints(
    string? CategorySlug,
    string? CategoryName,
    decimal? MinPrice,
    decimal? MaxPrice,
    bool InStockOnly,
    IReadOnlyList<string[]> Colours,
    IReadOnlyList<string[]> Materials,
    IReadOnlyList<string[]> Sizes,
    IReadOnlyList<string> ExcludedStems)
{
    public static SearchConstraints For(SearchQuery query, ParsedQuery parsed) => new(
        query.Category is { Length: > 0 } category ? Catalog.CategorySlug.For(category) : null,
        query.Category,
        query.MinPrice ?? parsed.MinPrice,
        query.MaxPrice ?? parsed.MaxPrice,
        query.InStockOnly,
        Stems(parsed.Colours),
        Stems(parsed.Materials),
        Stems(parsed.Sizes),
        [.. parsed.Excluded.Select(TextAnalyzer.Term)]);

    static IReadOnlyList<string[]> Stems(IReadOnlyList<string> values) => [.. values.Select(TextAnalyzer.Terms)];
}
