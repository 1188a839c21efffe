using Elara.Grains.Behaviour;
using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;
using Shouldly;
using static Elara.Grains.Tests.Recommenders.Shelf;

namespace Elara.Grains.Tests.Recommenders;

public sealed class HybridRankerTests
{
    static readonly RecommenderOptions Options = new();

    static readonly ProductVectorIndex Products = Of([.. Home, ("gone", Item("Sold Out Lantern", "Lighting", 1, 0.01f, stock: 0))]);

    static readonly HybridRanker Ranker = new(Options);

    /// <summary>Without "people like you", whose neighbours would otherwise have the same products as the shared term.</summary>
    static readonly RecommenderOptions SharedOnly = Options with { PeopleLikeYouWeight = 0 };

    static ItemGraph Graph(params string[][] baskets)
    {
        var graph = new ItemGraph(Options);
        foreach (var basket in baskets)
        {
            graph.AddBasket(basket);
        }

        return graph;
    }

    [Fact]
    public void Products_bought_with_what_the_shopper_viewed_come_first_with_that_reason()
    {
        var graph = Graph(["lamp", "mug"], ["lamp", "mug"], ["lamp", "mug"]);
        var taste = Taste(Products, Options, (BehaviourKind.View, "lamp", Now));

        var ranked = Ranker.Rank(Request(taste), graph, Products);

        ranked[0].ProductId.ShouldBe("mug");
        ranked[0].Source.ShouldBe(RecommendationSource.Collaborative);
        ranked[0].Reason.ShouldBe("because you viewed Brass Lamp");
    }

    [Fact]
    public void A_product_the_graph_never_met_still_makes_the_list_once_the_pool_is_full_of_weak_graph_candidates()
    {
        // Forty products bought once each with the viewed mug fill the pool (limit 2 keeps 30) with weak collaborative
        // scores; the kettle no one bought has only content and category, and those must still be weighed.
        var fillers = Enumerable.Range(0, 40).Select(i => ($"f{i:00}", Item($"Filler {i}", "Lighting", 1, 0))).ToArray();
        var shelf = Of([.. Home, .. fillers, ("star", Item("Star Lamp", "Lighting", 1, 0)), ("kettle", Item("Kettle", "Kitchen", 0, 1))]);
        var graph = new ItemGraph(Options);
        for (var i = 0; i < 100; i++)
        {
            graph.AddBasket(["mug", "star"]);
        }

        foreach (var (id, _) in fillers)
        {
            graph.AddBasket(["mug", id]);
        }

        var taste = Taste(shelf, Options, (BehaviourKind.View, "mug", Now));
        var ranked = Ranker.Rank(Request(taste, limit: 2, excluded: new HashSet<string> { "mug", "bowl", "teapot" }), graph, shelf);

        ranked.Select(r => r.ProductId).ShouldBe(["star", "kettle"]);
        ranked[1].Source.ShouldBe(RecommendationSource.Content);
    }

    [Fact]
    public void Content_fills_in_where_no_one_bought_anything_yet()
    {
        var taste = Taste(Products, Options, (BehaviourKind.View, "mug", Now), (BehaviourKind.View, "bowl", Now));

        var ranked = Ranker.Rank(Request(taste, limit: 1, excluded: new HashSet<string> { "mug", "bowl" }), new ItemGraph(Options), Products);

        ranked.Single().ProductId.ShouldBe("teapot");
        ranked.Single().Source.ShouldBe(RecommendationSource.Content);
    }

    [Fact]
    public void Excluded_touched_and_sold_out_products_never_appear()
    {
        var graph = Graph(["lamp", "gone"], ["lamp", "shade"], ["lamp", "bulb"]);
        var taste = Taste(Products, Options, (BehaviourKind.Purchase, "lamp", Now));

        var ranked = Ranker.Rank(Request(taste, limit: 10, excluded: new HashSet<string> { "lamp", "shade" }), graph, Products);

        ranked.Select(r => r.ProductId).ShouldNotContain("gone");
        ranked.Select(r => r.ProductId).ShouldNotContain("shade");
        ranked.Select(r => r.ProductId).ShouldNotContain("lamp");
        ranked.ShouldContain(r => r.ProductId == "bulb");
    }

    [Fact]
    public void Buy_again_brings_back_what_was_bought_often_only_when_allowed()
    {
        var taste = Taste(Products, Options,
            (BehaviourKind.Purchase, "candle", Now.AddDays(-20)), (BehaviourKind.Purchase, "candle", Now.AddDays(-10)), (BehaviourKind.Purchase, "candle", Now));

        var again = Ranker.Rank(Request(taste, buyAgain: true), new ItemGraph(Options), Products);
        var fresh = Ranker.Rank(Request(taste, excluded: new HashSet<string> { "candle" }), new ItemGraph(Options), Products);

        again[0].ProductId.ShouldBe("candle");
        again[0].Source.ShouldBe(RecommendationSource.BuyAgain);
        again[0].Reason.ShouldBe("you have bought this 3 times");
        fresh.Select(r => r.ProductId).ShouldNotContain("candle");
    }

    [Fact]
    public void A_new_shopper_gets_popular_and_trending_products_with_their_reasons()
    {
        PopularProduct[] popular = [new("teapot", 1, Trending: true), new("bulb", 0.5, Trending: false)];

        var ranked = Ranker.Rank(Request(PreferenceVector.Empty, popular: popular), new ItemGraph(Options), Products);

        ranked.Select(r => (r.ProductId, r.Source, r.Reason)).ShouldBe(
        [
            ("teapot", RecommendationSource.Trending, "trending in Kitchen"),
            ("bulb", RecommendationSource.Popular, "popular in Lighting"),
        ]);
    }

    [Fact]
    public void No_category_takes_more_than_its_share_of_the_list()
    {
        var graph = Graph(["lamp", "shade", "bulb", "candle", "mug"]);
        var taste = Taste(Products, Options, (BehaviourKind.Purchase, "lamp", Now));

        var ranked = Ranker.Rank(Request(taste, limit: 3, excluded: new HashSet<string> { "lamp" }), graph, Products);

        ranked.Count(r => Products.TryGet(r.ProductId, out var f) && f.Category == "Lighting").ShouldBeLessThanOrEqualTo(2);
        ranked.ShouldContain(r => r.ProductId == "mug");
    }

    [Fact]
    public void An_anchor_outweighs_older_taste_and_explains_the_pick()
    {
        var graph = Graph(["lamp", "bulb"], ["lamp", "bulb"], ["mug", "teapot"], ["mug", "teapot"]);
        var taste = Taste(Products, Options, (BehaviourKind.View, "mug", Now.AddDays(-3)));

        var ranked = Ranker.Rank(Request(taste, anchors: ["lamp"]), graph, Products);

        ranked[0].ProductId.ShouldBe("bulb");
        ranked[0].Source.ShouldBe(RecommendationSource.BoughtTogether);
        ranked[0].Reason.ShouldBe("often bought with Brass Lamp");
        ranked.Select(r => r.ProductId).ShouldNotContain("lamp");
    }

    [Fact]
    public void A_complement_from_another_category_says_so()
    {
        var graph = Graph(["lamp", "mug"], ["lamp", "mug"]);

        var ranked = Ranker.Rank(Request(PreferenceVector.Empty, limit: 1, anchors: ["lamp"]), graph, Products);

        ranked.Single().ShouldBe(new RankedItem("mug", ranked.Single().Score, RecommendationSource.CrossCategory, "goes well with Brass Lamp"));
    }

    [Fact]
    public void Shoppers_who_bought_the_same_thing_are_social_proof_with_a_count()
    {
        var graph = Graph(["candle", "teapot"], ["candle", "teapot"], ["candle", "teapot"]);
        var taste = Taste(Products, Options, (BehaviourKind.Purchase, "candle", Now));

        var ranked = Ranker.Rank(Request(taste, limit: 1, excluded: new HashSet<string> { "candle" }), graph, Products);

        ranked.Single().Source.ShouldBe(RecommendationSource.PeopleLikeYou);
        ranked.Single().Reason.ShouldBe("shoppers who bought Pillar Candle also bought this (3 times together)");
    }

    [Fact]
    public void What_shoppers_with_the_same_old_purchase_went_on_to_buy_is_recommended_as_social_proof()
    {
        // No basket or session links candle and teapot: three shoppers simply have both somewhere in their history.
        var graph = new ItemGraph(Options);
        for (var i = 0; i < 3; i++)
        {
            graph.AddNewToShopper(new NewToShopper($"candle-{i}", ["candle"], ["teapot"]));
        }

        var taste = Taste(Products, Options, (BehaviourKind.Purchase, "candle", Now.AddDays(-200)));

        var ranked = new HybridRanker(SharedOnly).Rank(Request(taste, limit: 1, excluded: new HashSet<string> { "candle" }), graph, Products);

        ranked.Single().ProductId.ShouldBe("teapot");
        ranked.Single().Reason.ShouldBe("shoppers who bought Pillar Candle also bought this (3 times together)");
    }

    [Fact]
    public void The_shared_term_sums_over_the_shoppers_latest_products_only()
    {
        var graph = new ItemGraph(Options);
        for (var i = 0; i < 3; i++)
        {
            graph.AddNewToShopper(new NewToShopper($"candle-{i}", ["candle"], ["teapot"]));
            graph.AddNewToShopper(new NewToShopper($"bowl-{i}", ["bowl"], ["shade"]));
        }

        var taste = Taste(Products, Options, (BehaviourKind.Purchase, "bowl", Now.AddDays(-200)), (BehaviourKind.Purchase, "candle", Now.AddDays(-100)));
        var request = Request(taste, excluded: new HashSet<string> { "candle", "bowl" });

        var latestOnly = new HybridRanker(SharedOnly with { SharedSeeds = 1 }).Rank(request, graph, Products).Select(r => r.Reason).ToList();

        latestOnly.ShouldContain("shoppers who bought Pillar Candle also bought this (3 times together)");
        latestOnly.ShouldNotContain(r => r.Contains("Stoneware Bowl", StringComparison.Ordinal));
        new HybridRanker(SharedOnly).Rank(request, graph, Products).Select(r => r.Reason).ShouldContain("shoppers who bought Stoneware Bowl also bought this (3 times together)");
    }

    [Fact]
    public void Only_the_strongest_collaborative_products_are_scored()
    {
        var graph = Graph(["lamp", "mug"], ["lamp", "mug"], ["lamp", "mug"], ["lamp", "bowl"], ["lamp", "bowl"], ["lamp", "teapot"]);
        var taste = Taste(Products, Options, (BehaviourKind.View, "lamp", Now));
        var collaborativeOnly = Options with { ContentCandidates = 0 };

        var strongestTwo = new HybridRanker(collaborativeOnly with { CollaborativeCandidates = 2 }).Rank(Request(taste), graph, Products);
        var every = new HybridRanker(collaborativeOnly).Rank(Request(taste), graph, Products);

        strongestTwo.Select(r => r.ProductId).ShouldBe(["mug", "bowl"], ignoreOrder: true);
        every.Select(r => r.ProductId).ShouldBe(["mug", "bowl", "teapot"], ignoreOrder: true);
    }

    [Fact]
    public void Asking_for_nothing_gives_nothing()
    {
        Ranker.Rank(Request(PreferenceVector.Empty, limit: 0), new ItemGraph(Options), Products).ShouldBeEmpty();
    }
}
