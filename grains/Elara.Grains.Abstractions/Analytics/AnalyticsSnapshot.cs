using Elara.Grains.Trending;

namespace Elara.Grains.Analytics;

/// <summary>What the marketing dashboard shows for one window, as of <paramref name="At"/>; lists best first.</summary>
public sealed record AnalyticsSnapshot(
    TrendingWindow Window,
    DateTimeOffset At,
    IReadOnlyList<TrendingProduct> Products,
    IReadOnlyList<TrendingCategory> Categories,
    IReadOnlyList<QueryCount> Queries,
    IReadOnlyList<QueryCount> ZeroResultQueries,
    ConversionFunnel Funnel,
    IReadOnlyList<RevenueMinute> RevenuePerMinute,
    RevenueTotals Totals);
