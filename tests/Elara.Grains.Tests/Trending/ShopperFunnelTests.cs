using Elara.Grains.Analytics;
using Elara.Grains.Trending;
using Elara.Runtime.Testing.Time;
using Shouldly;

namespace Elara.Grains.Tests.Trending;

public sealed class ShopperFunnelTests
{
    static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    readonly ManualTimeProvider clock = new(Start);
    readonly TrendingCounts counts = new();
    ShopperFunnel funnel = new();

    void See(string stage, string shopper)
    {
        (funnel, var moves) = funnel.Seen(stage, shopper, clock.GetUtcNow());
        counts.Merge(moves, clock.GetUtcNow());
    }

    long Distinct(TrendingWindow window, string stage) =>
        counts.Sum(window, TallyKind.Funnel, clock.GetUtcNow()).GetValueOrDefault(stage).Events;

    [Fact]
    public void A_shopper_seen_many_times_counts_once_per_window()
    {
        See(FunnelStages.Viewed, "ann");
        clock.Advance(TimeSpan.FromMinutes(3));
        See(FunnelStages.Viewed, "ann");
        See(FunnelStages.Viewed, "bob");
        clock.Advance(TimeSpan.FromMinutes(20));
        See(FunnelStages.Viewed, "ann");

        Distinct(TrendingWindow.FiveMinutes, FunnelStages.Viewed).ShouldBe(1);
        Distinct(TrendingWindow.OneHour, FunnelStages.Viewed).ShouldBe(2);
        Distinct(TrendingWindow.OneDay, FunnelStages.Viewed).ShouldBe(2);
    }

    [Fact]
    public void Stages_count_their_own_shoppers()
    {
        See(FunnelStages.Viewed, "ann");
        See(FunnelStages.Viewed, "bob");
        See(FunnelStages.AddedToCart, "ann");

        Distinct(TrendingWindow.OneHour, FunnelStages.Viewed).ShouldBe(2);
        Distinct(TrendingWindow.OneHour, FunnelStages.AddedToCart).ShouldBe(1);
        Distinct(TrendingWindow.OneHour, FunnelStages.Purchased).ShouldBe(0);
    }

    [Fact]
    public void A_late_event_older_than_the_last_sighting_changes_nothing()
    {
        See(FunnelStages.Viewed, "ann");

        var (_, moves) = funnel.Seen(FunnelStages.Viewed, "ann", clock.GetUtcNow() - TimeSpan.FromMinutes(1));

        moves.ShouldBeEmpty();
    }

    [Fact]
    public void Shoppers_unseen_for_a_day_are_forgotten_and_count_again_when_back()
    {
        See(FunnelStages.Purchased, "ann");
        clock.Advance(TimeSpan.FromDays(1));

        funnel = funnel.Pruned(clock.GetUtcNow());
        funnel.LastSeen.ShouldBeEmpty();
        Distinct(TrendingWindow.OneDay, FunnelStages.Purchased).ShouldBe(0);

        See(FunnelStages.Purchased, "ann");
        Distinct(TrendingWindow.OneDay, FunnelStages.Purchased).ShouldBe(1);
    }

    [Fact]
    public void A_batch_of_sightings_moves_the_counts_as_seeing_them_one_at_a_time_does()
    {
        See(FunnelStages.Viewed, "ann");
        var at = Start + TimeSpan.FromMinutes(7);
        FunnelSighting[] sightings =
        [
            new(FunnelStages.Viewed, "ann", at), new(FunnelStages.Viewed, "bob", at), new(FunnelStages.AddedToCart, "ann", at),
            new(FunnelStages.Viewed, "ann", at - TimeSpan.FromMinutes(1)), new(FunnelStages.Viewed, "bob", at + TimeSpan.FromMinutes(6)),
        ];

        var (batched, batchMoves) = funnel.Seen(sightings);
        var (oneByOne, moves) = (funnel, new List<BucketTally>());
        foreach (var (stage, shopper, seenAt) in sightings)
        {
            (oneByOne, var each) = oneByOne.Seen(stage, shopper, seenAt);
            moves.AddRange(each);
        }

        batchMoves.ShouldBe(moves);
        batched.LastSeen.Keys.Order().ShouldBe(oneByOne.LastSeen.Keys.Order());
        foreach (var stage in oneByOne.LastSeen.Keys)
        {
            batched.LastSeen[stage].OrderBy(s => s.Key).ShouldBe(oneByOne.LastSeen[stage].OrderBy(s => s.Key));
        }

        funnel.Seen([]).Funnel.ShouldBeSameAs(funnel);
    }
}
