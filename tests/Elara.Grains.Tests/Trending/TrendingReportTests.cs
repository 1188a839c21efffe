using Elara.Grains.Analytics;
using Elara.Grains.Trending;
using Shouldly;

namespace Elara.Grains.Tests.Trending;

public sealed class TrendingReportTests
{
    static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    static readonly Dictionary<string, string> Categories = new()
    {
        ["lamp"] = "Lighting",
        ["lantern"] = "Lighting",
        ["rug"] = "Home Textiles",
    };

    static TrendingCounts Counts(params (string Product, double Score)[] events)
    {
        var counts = new TrendingCounts();
        foreach (var (product, score) in events)
        {
            counts.Add(TallyKind.Product, product, Now, score, 1);
        }

        return counts;
    }

    [Fact]
    public void Top_is_best_score_first_then_most_events_then_id()
    {
        var counts = Counts(("rug", 5), ("lamp", 1), ("lamp", 1), ("lantern", 2), ("rug", 1));

        TrendingRanking.Of(counts, Categories, TrendingWindow.OneHour, Now).Top(null, 10)
            .ShouldBe([new("rug", "Home Textiles", 6, 2), new("lamp", "Lighting", 2, 2), new("lantern", "Lighting", 2, 1)]);
    }

    [Theory]
    [InlineData("Lighting")]
    [InlineData("lighting")]
    [InlineData("home-textiles")]
    [InlineData("HOME TEXTILES")]
    public void The_category_filter_takes_a_name_or_a_slug(string category)
    {
        var counts = Counts(("rug", 5), ("lamp", 1), ("lantern", 2));

        var top = TrendingRanking.Of(counts, Categories, TrendingWindow.OneHour, Now).Top(category, 10);

        top.ShouldNotBeEmpty();
        TrendingRanking.Of(counts, Categories, TrendingWindow.OneHour, Now).Top("Furniture", 10).ShouldBeEmpty();
        top.ShouldAllBe(p => p.Category == (category.StartsWith("home", StringComparison.OrdinalIgnoreCase) ? "Home Textiles" : "Lighting"));
    }

    [Fact]
    public void The_limit_cuts_the_list_and_products_of_unknown_category_are_left_out()
    {
        var counts = Counts(("rug", 5), ("lamp", 1), ("lantern", 2), ("ghost", 9));

        TrendingRanking.Of(counts, Categories, TrendingWindow.OneHour, Now).Top(null, 2).Select(p => p.ProductId).ShouldBe(["rug", "lantern"]);
    }

    [Fact]
    public void The_snapshot_adds_categories_queries_and_the_funnel_up()
    {
        var counts = Counts(("rug", 5), ("lamp", 1), ("lantern", 3));
        counts.Add(TallyKind.Query, "lamp", Now, 1, 1);
        counts.Add(TallyKind.Query, "lamp", Now, 1, 1);
        counts.Add(TallyKind.Query, "rug", Now, 1, 1);
        counts.Add(TallyKind.ZeroResultQuery, "unicorn", Now, 1, 1);
        counts.Add(TallyKind.Funnel, FunnelStages.Viewed, Now, 3, 3);
        counts.Add(TallyKind.Funnel, FunnelStages.Purchased, Now, 1, 1);
        var revenue = new RevenueMinutes();
        revenue.Add(Now, 9.99m, 1);

        var snapshot = TrendingReport.Snapshot(TrendingRanking.Of(counts, Categories, TrendingWindow.FiveMinutes, Now), counts, revenue, TrendingWindow.FiveMinutes, 10, Now);

        snapshot.Categories.ShouldBe([new TrendingCategory("Home Textiles", 1, 5), new TrendingCategory("Lighting", 2, 4)]);
        snapshot.Queries.ShouldBe([new QueryCount("lamp", 2), new QueryCount("rug", 1)]);
        snapshot.ZeroResultQueries.ShouldBe([new QueryCount("unicorn", 1)]);
        snapshot.Funnel.ShouldBe(new ConversionFunnel(3, 0, 1));
        snapshot.Totals.ShouldBe(new RevenueTotals(9.99m, 1));
        snapshot.RevenuePerMinute.Count.ShouldBe(5);
    }
}
