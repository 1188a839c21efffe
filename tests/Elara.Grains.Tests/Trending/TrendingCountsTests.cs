using Elara.Grains.Behaviour;
using Elara.Grains.Trending;
using Elara.Runtime.Testing.Time;
using Shouldly;

namespace Elara.Grains.Tests.Trending;

public sealed class TrendingCountsTests
{
    // On a bucket edge of every window, so the edges below are exact.
    static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    readonly ManualTimeProvider clock = new(Start);
    readonly TrendingCounts counts = new();

    void View(string productId) => counts.Add(TallyKind.Product, productId, clock.GetUtcNow(), TrendingWeights.Of(BehaviourKind.View), 1);

    Tally Sum(TrendingWindow window, string key = "lamp") => counts.Sum(window, TallyKind.Product, clock.GetUtcNow()).GetValueOrDefault(key);

    [Fact]
    public void An_event_counts_in_every_window_at_once()
    {
        View("lamp");

        foreach (var window in TrendingWindows.All)
        {
            Sum(window).ShouldBe(new Tally(1, 1));
        }
    }

    [Fact]
    public void An_event_leaves_the_five_minute_window_after_five_minutes_but_stays_in_the_longer_ones()
    {
        View("lamp");

        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Sum(TrendingWindow.FiveMinutes).Events.ShouldBe(1);

        clock.Advance(TimeSpan.FromTicks(1));
        Sum(TrendingWindow.FiveMinutes).Events.ShouldBe(0);
        Sum(TrendingWindow.OneHour).Events.ShouldBe(1);
        Sum(TrendingWindow.OneDay).Events.ShouldBe(1);
    }

    [Fact]
    public void A_window_holds_its_length_less_at_most_one_bucket()
    {
        // Late in a 30 s bucket: the event leaves when its bucket does, 4.5 min later at the earliest.
        clock.Advance(TimeSpan.FromSeconds(29));
        View("lamp");

        clock.Advance(TimeSpan.FromMinutes(4.5) - TimeSpan.FromSeconds(29) - TimeSpan.FromTicks(1));
        Sum(TrendingWindow.FiveMinutes).Events.ShouldBe(1);
        clock.Advance(TimeSpan.FromSeconds(30));
        Sum(TrendingWindow.FiveMinutes).Events.ShouldBe(1);
        clock.Advance(TimeSpan.FromTicks(1));
        Sum(TrendingWindow.FiveMinutes).Events.ShouldBe(0);
    }

    [Fact]
    public void The_hour_and_day_windows_forget_on_their_own_edges()
    {
        View("lamp");

        clock.Advance(TimeSpan.FromHours(1));
        Sum(TrendingWindow.OneHour).Events.ShouldBe(0);
        Sum(TrendingWindow.OneDay).Events.ShouldBe(1);

        clock.Advance(TimeSpan.FromHours(23));
        Sum(TrendingWindow.OneDay).Events.ShouldBe(0);
    }

    [Fact]
    public void Scores_weigh_a_purchase_over_an_add_to_cart_over_a_view()
    {
        TrendingWeights.Of(BehaviourKind.Purchase).ShouldBeGreaterThan(TrendingWeights.Of(BehaviourKind.AddToCart));
        TrendingWeights.Of(BehaviourKind.AddToCart).ShouldBeGreaterThan(TrendingWeights.Of(BehaviourKind.View));
        TrendingWeights.Of(BehaviourKind.RemoveFromCart).ShouldBe(0);
        TrendingWeights.Of(BehaviourKind.Search).ShouldBe(0);

        View("lamp");
        View("lamp");
        counts.Add(TallyKind.Product, "lamp", clock.GetUtcNow(), TrendingWeights.Of(BehaviourKind.Purchase), 1);

        Sum(TrendingWindow.OneHour).ShouldBe(new Tally(2 + TrendingWeights.Of(BehaviourKind.Purchase), 3));
    }

    [Fact]
    public void Merging_adds_bucket_by_bucket_and_skips_buckets_already_gone()
    {
        var shard = new TrendingCounts();
        shard.Add(TallyKind.Product, "lamp", clock.GetUtcNow(), 1, 1);
        View("lamp");
        var batch = shard.ToTallies();

        counts.Merge(batch, clock.GetUtcNow());
        Sum(TrendingWindow.FiveMinutes).Events.ShouldBe(2);

        clock.Advance(TimeSpan.FromHours(2));
        counts.Merge(batch, clock.GetUtcNow());
        counts.Expire(clock.GetUtcNow());
        Sum(TrendingWindow.OneHour).Events.ShouldBe(0);
        Sum(TrendingWindow.OneDay).Events.ShouldBe(3);
        counts.ToTallies().ShouldAllBe(t => t.Window == TrendingWindow.OneDay);
    }

    [Fact]
    public void Counts_that_come_back_to_zero_leave_no_bucket_behind()
    {
        var at = clock.GetUtcNow();
        counts.Add(TallyKind.Funnel, "viewed", at, 1, 1);
        counts.Add(TallyKind.Funnel, "viewed", at, -1, -1);

        counts.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Kinds_are_counted_apart()
    {
        View("lamp");
        counts.Add(TallyKind.Query, "lamp", clock.GetUtcNow(), 1, 1);

        counts.Sum(TrendingWindow.OneHour, TallyKind.Query, clock.GetUtcNow()).Keys.ShouldBe(["lamp"]);
        Sum(TrendingWindow.OneHour).Events.ShouldBe(1);
        counts.Keys(TallyKind.Product).ShouldBe(["lamp"]);
    }
}
