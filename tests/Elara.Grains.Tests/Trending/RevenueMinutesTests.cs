using Elara.Grains.Analytics;
using Elara.Grains.Trending;
using Shouldly;

namespace Elara.Grains.Tests.Trending;

public sealed class RevenueMinutesTests
{
    static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_series_has_every_minute_of_the_window_oldest_first_with_orders_in_their_minute()
    {
        var revenue = new RevenueMinutes();
        revenue.Add(Start.AddSeconds(10), 20.50m, 1);
        revenue.Add(Start.AddSeconds(50), 4.25m, 1);
        revenue.Add(Start.AddMinutes(2), 10m, 1);

        var series = revenue.Series(TrendingWindow.FiveMinutes, Start.AddMinutes(2).AddSeconds(30));

        series.Select(m => m.Minute).ShouldBe([.. Enumerable.Range(-2, 5).Select(i => Start.AddMinutes(i))]);
        series.Select(m => m.Revenue).ShouldBe([0m, 0m, 24.75m, 0m, 10m]);
        series.Select(m => m.Orders).ShouldBe([0, 0, 2, 0, 1]);
        revenue.Series(TrendingWindow.OneDay, Start).Count.ShouldBe(24 * 60);
    }

    [Fact]
    public void Totals_cover_only_the_window()
    {
        var revenue = new RevenueMinutes();
        revenue.Add(Start, 100m, 1);
        revenue.Add(Start.AddMinutes(30), 5m, 2);

        var now = Start.AddMinutes(31);
        revenue.Totals(TrendingWindow.FiveMinutes, now).ShouldBe(new RevenueTotals(5m, 2));
        revenue.Totals(TrendingWindow.OneHour, now).ShouldBe(new RevenueTotals(105m, 3));
    }

    [Fact]
    public void Batches_merge_and_minutes_older_than_a_day_go()
    {
        var shard = new RevenueMinutes();
        shard.Add(Start, 7m, 1);
        var main = new RevenueMinutes();

        main.Merge(shard.ToList(), Start);
        main.Merge(shard.ToList(), Start);
        main.Totals(TrendingWindow.OneDay, Start).ShouldBe(new RevenueTotals(14m, 2));

        main.Expire(Start.AddDays(1));
        main.IsEmpty.ShouldBeTrue();
        main.Merge(shard.ToList(), Start.AddDays(1));
        main.IsEmpty.ShouldBeTrue();
    }
}
