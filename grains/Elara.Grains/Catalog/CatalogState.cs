using System.Collections.Immutable;
using Elara.Grains.Errors;

namespace Elara.Grains.Catalog;

/// <summary>Product summaries by product id (a whole catalog, or one stored shard of it), and the queries over them.</summary>
public sealed record CatalogState
{
    public const int MaxPageSize = 100;

    public ImmutableDictionary<string, ProductSummary> Products { get; init; } = ImmutableDictionary<string, ProductSummary>.Empty;

    public CatalogState With(ProductSummary summary) => this with { Products = Products.SetItem(summary.Id, summary) };

    /// <summary>
    /// One page of the products in <paramref name="category"/> (its slug or name, any case; null for all), ordered by
    /// name then id so pages never overlap or skip.
    /// </summary>
    public ProductPage Page(string? category, int page, int pageSize)
    {
        if (page < 1)
        {
            throw ShopException.Invalid("page must be 1 or more");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw ShopException.Invalid($"page size must be 1 to {MaxPageSize}");
        }

        var matching = Products.Values.Where(p => category is null || InCategory(p.Category, category)).ToList();
        var items = matching
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToList();
        return new ProductPage(items, page, pageSize, matching.Count);
    }

    /// <summary>
    /// Every category with its product count, ordered by name. Names that share a slug are one category, shown by the
    /// name that sorts first.
    /// </summary>
    public IReadOnlyList<CategoryView> Categories() =>
        Products.Values
            .GroupBy(p => CategorySlug.For(p.Category), StringComparer.Ordinal)
            .Select(g => new CategoryView(g.Key, g.Select(p => p.Category).Min(StringComparer.Ordinal)!, g.Count()))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Slug, StringComparer.Ordinal)
            .ToList();

    static bool InCategory(string productCategory, string asked) =>
        string.Equals(productCategory, asked, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(CategorySlug.For(productCategory), asked, StringComparison.OrdinalIgnoreCase);
}
