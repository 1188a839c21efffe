using Elara.Grains.Analytics;

namespace Elara.Grains.Trending;

/// <summary>The dashboard's snapshot of a window from the reduced counts. Score = weighted events in the window.</summary>
public static class TrendingReport
{
    public static AnalyticsSnapshot Snapshot(
        TrendingRanking ranking, TrendingCounts counts, RevenueMinutes revenue, TrendingWindow window, int limit, DateTimeOffset now)
    {
        var funnel = counts.Sum(window, TallyKind.Funnel, now);
        return new AnalyticsSnapshot(
            window,
            now,
            ranking.Top(null, limit),
            [.. ranking.Categories.Take(limit)],
            Queries(counts, TallyKind.Query, window, limit, now),
            Queries(counts, TallyKind.ZeroResultQuery, window, limit, now),
            new ConversionFunnel(
                funnel.GetValueOrDefault(FunnelStages.Viewed).Events,
                funnel.GetValueOrDefault(FunnelStages.AddedToCart).Events,
                funnel.GetValueOrDefault(FunnelStages.Purchased).Events),
            revenue.Series(window, now),
            revenue.Totals(window, now));
    }

    static IReadOnlyList<QueryCount> Queries(TrendingCounts counts, TallyKind kind, TrendingWindow window, int limit, DateTimeOffset now) =>
        [.. counts.Sum(window, kind, now)
            .Where(q => q.Value.Events > 0)
            .Select(q => new QueryCount(q.Key, q.Value.Events))
            .OrderByDescending(q => q.Count)
            .ThenBy(q => q.Query, StringComparer.Ordinal)
            .Take(limit)];
}
