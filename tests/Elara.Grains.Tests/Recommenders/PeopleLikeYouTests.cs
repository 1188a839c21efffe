using System.Text.Json;
using Elara.Grains.Behaviour;
using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;
using Shouldly;
using static Elara.Grains.Tests.Recommenders.Shelf;

namespace Elara.Grains.Tests.Recommenders;

public sealed class PeopleLikeYouTests
{
    static readonly RecommenderOptions Options = new();

    static readonly ProductVectorIndex Products = Of(Home);

    /// <summary>A graph that learned each shopper's products as new to them, in one batch each.</summary>
    static ItemGraph Learned(RecommenderOptions options, params (string Shopper, string[] Products)[] shoppers)
    {
        var graph = new ItemGraph(options);
        foreach (var (shopper, products) in shoppers)
        {
            graph.AddNewToShopper(new NewToShopper(shopper, [], products));
        }

        return graph;
    }

    [Fact]
    public void Shoppers_whose_products_overlap_most_are_the_closest_neighbours()
    {
        var graph = Learned(
            Options,
            ("bob", ["lamp", "shade", "bulb", "mug"]),
            ("cat", ["lamp", "teapot"]),
            ("dan", ["bowl"]));

        var like = graph.ShoppersLike("me", ["lamp", "shade", "bulb"]);

        // Cosine of the product sets: bob shares 3 of his 4, cat 1 of her 2; dan shares nothing.
        like.Select(n => n.ShopperId).ShouldBe(["bob", "cat"]);
        like[0].Similarity.ShouldBe(3 / Math.Sqrt(3 * 4), 1e-12);
        like[1].Similarity.ShouldBe(1 / Math.Sqrt(3 * 2), 1e-12);
    }

    [Fact]
    public void Past_the_most_shoppers_kept_a_new_shopper_takes_the_place_of_the_one_idle_longest()
    {
        var graph = Learned(Options with { MaxShoppers = 2 }, ("ann", ["lamp", "shade"]), ("bob", ["lamp", "mug"]));

        // Ann learns something new, so bob has been idle longest when cat comes.
        graph.AddNewToShopper(new NewToShopper("ann", [], ["bulb"]));
        graph.AddNewToShopper(new NewToShopper("cat", [], ["lamp", "teapot"]));

        graph.Shoppers.ShouldBe(2);
        graph.ShoppersLike("me", ["lamp", "mug"]).Select(n => n.ShopperId).ShouldBe(["ann", "cat"], ignoreOrder: true);
        graph.SpreadPeopleLikeYou("me", ["lamp"]).Keys.ShouldNotContain("mug");

        // Bob comes back as a newcomer, in the place of ann (now idle longest), with only what he brings.
        graph.AddNewToShopper(new NewToShopper("bob", ["mug"], ["bowl"]));
        graph.ShoppersLike("me", ["lamp", "shade", "bulb", "mug", "bowl"]).Select(n => (n.ShopperId, Math.Round(n.Similarity, 6)))
            .ShouldBe([("bob", Math.Round(2 / Math.Sqrt(5 * 2), 6)), ("cat", Math.Round(1 / Math.Sqrt(5 * 2), 6))]);
    }

    [Fact]
    public void A_shopper_is_never_their_own_neighbour()
    {
        var graph = Learned(Options, ("me", ["lamp", "shade", "candle"]), ("bob", ["lamp", "mug"]));

        graph.ShoppersLike("me", ["lamp", "shade", "candle"]).Select(n => n.ShopperId).ShouldBe(["bob"]);

        // Only bob's products spread: the candle only "me" has is not "people like you".
        graph.SpreadPeopleLikeYou("me", ["lamp", "shade", "candle"]).Keys.Order(StringComparer.Ordinal).ShouldBe(["lamp", "mug"]);
    }

    [Fact]
    public void A_shopper_forgotten_after_signing_in_is_no_one_s_neighbour_and_spreads_nothing()
    {
        var graph = Learned(Options, ("a-anon", ["lamp", "shade", "mug"]), ("bob", ["lamp", "teapot"]));

        // As another silo gets it: through the transport's JSON.
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var change = new ItemGraphChange([], [], []) { ForgottenShoppers = ["a-anon", "never-seen"] };
        graph.Apply(JsonSerializer.Deserialize<ItemGraphChange>(JsonSerializer.Serialize(change, web), web)!);

        graph.ShoppersLike("u-ann", ["lamp", "shade"]).Select(n => n.ShopperId).ShouldBe(["bob"]);
        graph.SpreadPeopleLikeYou("u-ann", ["lamp", "shade"]).Keys.Order(StringComparer.Ordinal).ShouldBe(["lamp", "teapot"]);
    }

    [Fact]
    public void A_products_score_sums_its_neighbours_similarities_and_counts_them()
    {
        var graph = Learned(Options, ("bob", ["lamp", "shade", "mug"]), ("cat", ["lamp", "mug", "teapot"]), ("dan", ["bowl"]));

        var scores = graph.SpreadPeopleLikeYou("me", ["lamp", "shade"]);

        // bob: 2 / sqrt(2 * 3); cat: 1 / sqrt(2 * 3). mug is both of theirs, teapot cat's only; no one like me has a bowl.
        scores["mug"].Score.ShouldBe(3 / Math.Sqrt(6), 1e-12);
        scores["mug"].Times.ShouldBe(2);
        scores["teapot"].Score.ShouldBe(1 / Math.Sqrt(6), 1e-12);
        scores["teapot"].Times.ShouldBe(1);
        scores.TryGetValue("bowl", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_shopper_with_nothing_yet_has_no_neighbours_and_gets_the_popular_fallback()
    {
        var graph = Learned(Options, ("bob", ["lamp", "mug"]), ("cat", ["lamp", "mug"]));

        graph.SpreadPeopleLikeYou("new", []).Keys.ShouldBeEmpty();
        var ranked = new HybridRanker(Options).Rank(
            Request(PreferenceVector.Empty, limit: 2, popular: [new PopularProduct("teapot", 1, false), new PopularProduct("bowl", 0.5, false)], shopper: "new"),
            graph,
            Products);

        ranked.Select(r => r.ProductId).ShouldBe(["teapot", "bowl"]);
        ranked.ShouldAllBe(r => r.Source == RecommendationSource.Popular);
    }

    [Fact]
    public void Each_product_walks_only_its_latest_shoppers()
    {
        var graph = Learned(Options with { ProductShoppers = 2 }, ("ann", ["lamp"]), ("bob", ["lamp"]), ("cat", ["lamp"]));

        graph.ShoppersLike("me", ["lamp"]).Select(n => n.ShopperId).Order(StringComparer.Ordinal).ShouldBe(["bob", "cat"]);
    }

    [Fact]
    public void Each_shopper_keeps_only_their_latest_products_and_is_found_by_those_only()
    {
        var graph = Learned(Options with { ShopperProducts = 2 }, ("bob", ["lamp", "shade", "mug"]));

        graph.ShoppersLike("me", ["lamp"]).ShouldBeEmpty();
        graph.SpreadPeopleLikeYou("me", ["shade"]).Keys.Order(StringComparer.Ordinal).ShouldBe(["mug", "shade"]);
    }

    [Fact]
    public void Only_the_closest_neighbours_and_their_latest_products_spread()
    {
        var shoppers = new[] { ("bob", new[] { "lamp", "shade", "bowl", "mug" }), ("cat", new[] { "lamp", "teapot" }) };

        Learned(Options with { ShopperNeighbours = 1 }, shoppers).SpreadPeopleLikeYou("me", ["lamp", "shade"]).Keys
            .Order(StringComparer.Ordinal).ShouldBe(["bowl", "lamp", "mug", "shade"]);
        Learned(Options with { NeighbourProducts = 1 }, shoppers).SpreadPeopleLikeYou("me", ["lamp", "shade"]).Keys
            .Order(StringComparer.Ordinal).ShouldBe(["mug", "teapot"]);
    }

    [Fact]
    public void A_silo_meeting_a_shopper_late_learns_the_products_they_knew_once()
    {
        var graph = new ItemGraph(Options);
        graph.AddNewToShopper(new NewToShopper("bob", ["lamp", "shade"], ["mug"]));
        graph.AddNewToShopper(new NewToShopper("bob", ["lamp", "shade", "mug"], ["bowl"]));

        // Four products, each once: bob shares one of them with a shopper who has only a shade.
        graph.ShoppersLike("me", ["shade"]).ShouldHaveSingleItem().Similarity.ShouldBe(1 / Math.Sqrt(4), 1e-12);
    }

    [Fact]
    public void What_shoppers_like_you_took_is_listed_with_how_many_of_them()
    {
        var graph = Learned(
            Options,
            ("bob", ["lamp", "shade", "teapot"]),
            ("cat", ["lamp", "shade", "teapot"]),
            ("dan", ["lamp", "shade", "teapot", "bowl"]));
        var taste = Taste(Products, Options, (BehaviourKind.Purchase, "lamp", Now), (BehaviourKind.Purchase, "shade", Now));

        var ranked = new HybridRanker(Options).Rank(Request(taste, limit: 2, excluded: new HashSet<string> { "lamp", "shade" }), graph, Products);

        ranked[0].ShouldBe(new RankedItem("teapot", ranked[0].Score, RecommendationSource.PeopleLikeYou, "popular with shoppers like you (3 of them)"));
        ranked[1].ShouldBe(new RankedItem("bowl", ranked[1].Score, RecommendationSource.PeopleLikeYou, "a shopper like you went for this"));
    }

    [Fact]
    public void What_learning_sends_is_what_the_ranker_finds()
    {
        var graph = new ItemGraph(Options);
        foreach (var shopper in new[] { "bob", "cat" })
        {
            var update = TasteLearning.Learn(
                shopper,
                PreferenceVector.Empty,
                [Signal(Products, BehaviourKind.Purchase, "lamp", Now.AddDays(-3)), Signal(Products, BehaviourKind.Purchase, "teapot", Now.AddDays(-2))],
                Options);
            update.Graph.NewToShoppers.ShouldHaveSingleItem().ShopperId.ShouldBe(shopper);
            graph.Apply(update.Graph);
        }

        var mine = TasteLearning.Learn("me", PreferenceVector.Empty, [Signal(Products, BehaviourKind.Purchase, "lamp", Now.AddDays(-1))], Options);
        graph.Apply(mine.Graph);

        graph.ShoppersLike("me", ["lamp"]).Select(n => n.ShopperId).Order(StringComparer.Ordinal).ShouldBe(["bob", "cat"]);
        var ranked = new HybridRanker(Options).Rank(Request(mine.Taste, limit: 1, excluded: new HashSet<string> { "lamp" }), graph, Products);
        ranked.Single().ShouldBe(new RankedItem("teapot", ranked.Single().Score, RecommendationSource.PeopleLikeYou, "popular with shoppers like you (2 of them)"));
    }
}
