using Elara.Api.Trending;
using Elara.Grains.Analytics;
using Elara.Grains.Trending;
using Elara.Runtime;

namespace Elara.Api.Dashboard;

/// <summary>The marketing dashboard for one window as of <paramref name="At"/>: what the snapshot route answers and each stream event carries.</summary>
public sealed record DashboardSnapshot(
    TrendingWindow Window,
    DateTimeOffset At,
    IReadOnlyList<TrendingItem> Products,
    IReadOnlyList<TrendingCategory> Categories,
    IReadOnlyList<QueryCount> Queries,
    IReadOnlyList<QueryCount> ZeroResultQueries,
    ConversionFunnel Funnel,
    IReadOnlyList<RevenueMinute> RevenuePerMinute,
    RevenueTotals Totals)
{
    /// <summary>How many products, categories and queries each list holds.</summary>
    public const int ListLength = 10;

    /// <summary>
    /// Reads the snapshot and the products as they are now. Sold-out products stay listed (with stock 0): marketing
    /// wants to see what sells out; products that no longer exist are left out.
    /// </summary>
    public static async Task<DashboardSnapshot> LoadAsync(IGrainFactory grains, TrendingWindow window)
    {
        var snapshot = await grains.GetGrain<ITrendingGrain>(TrendingKeys.Main).SnapshotAsync(window, ListLength);
        var products = await TrendingItems.ResolveAsync(grains, snapshot.Products, ListLength, inStockOnly: false);
        return new DashboardSnapshot(
            snapshot.Window,
            snapshot.At,
            products,
            snapshot.Categories,
            snapshot.Queries,
            snapshot.ZeroResultQueries,
            snapshot.Funnel,
            snapshot.RevenuePerMinute,
            snapshot.Totals);
    }
}
