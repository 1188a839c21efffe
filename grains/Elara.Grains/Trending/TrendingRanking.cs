using Elara.Grains.Analytics;
using Elara.Grains.Catalog;

namespace Elara.Grains.Trending;

/// <summary>
/// One window's products ranked once (score, then events, then id so the order is stable), with each category's own
/// ranking and the categories ranked, so top lists are read in O(limit). Products of unknown category are left out.
/// </summary>
public sealed class TrendingRanking
{
    readonly Dictionary<string, List<TrendingProduct>> byCategory = new(StringComparer.OrdinalIgnoreCase);

    TrendingRanking(IReadOnlyList<TrendingProduct> products)
    {
        Products = products;
        var keys = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var product in products)
        {
            // Reachable by name and by slug, as the catalog's category filter is; each category's slug made once.
            if (!keys.TryGetValue(product.Category, out var categoryKeys))
            {
                keys[product.Category] = categoryKeys = [.. new[] { product.Category, CategorySlug.For(product.Category) }.Distinct(StringComparer.OrdinalIgnoreCase)];
            }

            foreach (var key in categoryKeys)
            {
                if (!byCategory.TryGetValue(key, out var list))
                {
                    byCategory[key] = list = [];
                }

                list.Add(product);
            }
        }

        Categories =
        [
            .. products
                .GroupBy(p => p.Category, StringComparer.Ordinal)
                .Select(g => new TrendingCategory(g.Key, g.Sum(p => p.Events), g.Sum(p => p.Score)))
                .OrderByDescending(c => c.Score)
                .ThenByDescending(c => c.Events)
                .ThenBy(c => c.Category, StringComparer.Ordinal),
        ];
    }

    public IReadOnlyList<TrendingProduct> Products { get; }

    public IReadOnlyList<TrendingCategory> Categories { get; }

    public static TrendingRanking Of(TrendingCounts counts, IReadOnlyDictionary<string, string> categories, TrendingWindow window, DateTimeOffset now) =>
        new([
            .. counts.Sum(window, TallyKind.Product, now)
                .Where(p => p.Value.Score > 0 && categories.ContainsKey(p.Key))
                .Select(p => new TrendingProduct(p.Key, categories[p.Key], p.Value.Score, p.Value.Events))
                .OrderByDescending(p => p.Score)
                .ThenByDescending(p => p.Events)
                .ThenBy(p => p.ProductId, StringComparer.Ordinal),
        ]);

    /// <summary>The best <paramref name="limit"/> products, of one category (its name or slug, any case) or of all.</summary>
    public IReadOnlyList<TrendingProduct> Top(string? category, int limit)
    {
        var ranked = category is null ? Products : byCategory.GetValueOrDefault(category) ?? [];
        return [.. ranked.Take(Math.Max(limit, 0))];
    }
}
