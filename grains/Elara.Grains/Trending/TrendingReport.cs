using Elara.Grains.Analytics;
using Elara.Grains.Catalog;

namespace Elara.Grains.Trending;

/// <summary>Reads the reduced counts: the top products of a window and the dashboard's snapshot. Score = weighted events in the window.</summary>
public static class TrendingReport
{
    public static IReadOnlyList<TrendingProduct> Top(
        TrendingCounts counts, IReadOnlyDictionary<string, string> categories, TrendingWindow window, string? category, int limit, DateTimeOffset now) =>
        [.. Products(counts, categories, window, now).Where(p => category is null || CatalogState.InCategory(p.Category, category)).Take(Math.Max(limit, 0))];

    public static AnalyticsSnapshot Snapshot(
        TrendingCounts counts, RevenueMinutes revenue, IReadOnlyDictionary<string, string> categories, TrendingWindow window, int limit, DateTimeOffset now)
    {
        var products = Products(counts, categories, window, now).ToList();
        var funnel = counts.Sum(window, TallyKind.Funnel, now);
        return new AnalyticsSnapshot(
            window,
            now,
            [.. products.Take(limit)],
            [.. products
                .GroupBy(p => p.Category, StringComparer.Ordinal)
                .Select(g => new TrendingCategory(g.Key, g.Sum(p => p.Events), g.Sum(p => p.Score)))
                .OrderByDescending(c => c.Score)
                .ThenByDescending(c => c.Events)
                .ThenBy(c => c.Category, StringComparer.Ordinal)
                .Take(limit)],
            Queries(counts, TallyKind.Query, window, limit, now),
            Queries(counts, TallyKind.ZeroResultQuery, window, limit, now),
            new ConversionFunnel(
                funnel.GetValueOrDefault(FunnelStages.Viewed).Events,
                funnel.GetValueOrDefault(FunnelStages.AddedToCart).Events,
                funnel.GetValueOrDefault(FunnelStages.Purchased).Events),
            revenue.Series(window, now),
            revenue.Totals(window, now));
    }

    /// <summary>Products with a category, best first (score, then events, then id so the order is stable).</summary>
    static IEnumerable<TrendingProduct> Products(TrendingCounts counts, IReadOnlyDictionary<string, string> categories, TrendingWindow window, DateTimeOffset now) =>
        counts.Sum(window, TallyKind.Product, now)
            .Where(p => p.Value.Score > 0 && categories.ContainsKey(p.Key))
            .Select(p => new TrendingProduct(p.Key, categories[p.Key], p.Value.Score, p.Value.Events))
            .OrderByDescending(p => p.Score)
            .ThenByDescending(p => p.Events)
            .ThenBy(p => p.ProductId, StringComparer.Ordinal);

    static IReadOnlyList<QueryCount> Queries(TrendingCounts counts, TallyKind kind, TrendingWindow window, int limit, DateTimeOffset now) =>
        [.. counts.Sum(window, kind, now)
            .Where(q => q.Value.Events > 0)
            .Select(q => new QueryCount(q.Key, q.Value.Events))
            .OrderByDescending(q => q.Count)
            .ThenBy(q => q.Query, StringComparer.Ordinal)
            .Take(limit)];
}
