using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;
using Elara.Grains.Tests.Recommenders;
using Elara.Grains.Users;
using Shouldly;

namespace Elara.Grains.Tests.Users;

public sealed class LastRecommendationsTests
{
    static readonly RecommendationRequest Home = new(10, RecommendationContext.Home);
    static readonly ProductVectorIndex HomeShelf = Shelf.Of(Shelf.Home);
    static readonly UserState State = new();

    static readonly RankedItem[] Picks =
    [
        new("lamp", 1, RecommendationSource.Popular, "popular in Lighting"),
        new("mug", 0.5, RecommendationSource.Popular, "popular in Kitchen"),
    ];

    static readonly LastRecommendations Last = new(Home, ["bowl"], State, Picks, Shelf.Now.AddSeconds(10));

    [Fact]
    public void The_last_list_serves_the_same_request_until_the_shopper_changes_or_it_runs_out()
    {
        Last.Serving(new RecommendationRequest(10, RecommendationContext.Home), ["bowl"], State, HomeShelf, Shelf.Now)
            .ShouldNotBeNull().Select(r => r.Product.Id).ShouldBe(["lamp", "mug"]);
        Last.Serving(Home, ["bowl"], State, HomeShelf, Shelf.Now.AddSeconds(9.9)).ShouldNotBeNull();

        Last.Serving(Home with { Limit = 5 }, ["bowl"], State, HomeShelf, Shelf.Now).ShouldBeNull();
        Last.Serving(Home, ["bowl", "teapot"], State, HomeShelf, Shelf.Now).ShouldBeNull();

        // Every event makes a new state, even one equal in value: only the very same state is "nothing happened".
        Last.Serving(Home, ["bowl"], State with { }, HomeShelf, Shelf.Now).ShouldBeNull();
        Last.Serving(Home, ["bowl"], State, HomeShelf, Shelf.Now.AddSeconds(10)).ShouldBeNull();
    }

    [Fact]
    public void A_new_shelf_keeps_the_picks_with_their_new_cards_while_every_one_is_for_sale()
    {
        var repriced = Shelf.Of([.. Shelf.Home.Select(p => p.Id == "mug" ? (p.Id, p.Facts with { Price = 12.5m, Stock = 1 }) : p)]);
        var soldOut = Shelf.Of([.. Shelf.Home.Select(p => p.Id == "mug" ? (p.Id, p.Facts with { Stock = 0 }) : p)]);
        var gone = Shelf.Of([.. Shelf.Home.Where(p => p.Id != "lamp")]);

        var served = Last.Serving(Home, ["bowl"], State, repriced, Shelf.Now).ShouldNotBeNull();
        served.Select(r => r.Product.Id).ShouldBe(["lamp", "mug"]);
        served[1].Product.Price.ShouldBe(12.5m);
        served[1].Product.Stock.ShouldBe(1);
        served[0].Reason.ShouldBe("popular in Lighting");

        Last.Serving(Home, ["bowl"], State, soldOut, Shelf.Now).ShouldBeNull();
        Last.Serving(Home, ["bowl"], State, gone, Shelf.Now).ShouldBeNull();
    }

    [Fact]
    public void Lists_made_together_run_out_spread_over_the_second_half_of_the_reuse_time()
    {
        var reuse = TimeSpan.FromSeconds(10);
        var lifetimes = Enumerable.Range(0, 1_000).Select(i => LastRecommendations.Lifetime($"a-{i:x32}", reuse)).ToList();

        lifetimes.ShouldAllBe(l => l >= reuse / 2 && l <= reuse);
        lifetimes.Count(l => l < reuse * 0.75).ShouldBeInRange(400, 600);
        LastRecommendations.Lifetime("a-7", reuse).ShouldBe(LastRecommendations.Lifetime("a-7", reuse));
        LastRecommendations.Lifetime("a-7", TimeSpan.Zero).ShouldBe(TimeSpan.Zero);
    }
}
