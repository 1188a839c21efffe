using Elara.Grains.Behaviour;
using Elara.Grains.Recommenders;
using Shouldly;
using static Elara.Grains.Tests.Recommenders.Shelf;

namespace Elara.Grains.Tests.Recommenders;

public sealed class ItemGraphTests
{
    static readonly RecommenderOptions Options = new();

    /// <summary>Shared similarities summed as they are, so the figures are plain cosines.</summary>
    static readonly RecommenderOptions Plain = Options with { SharedAmplification = 1 };

    [Fact]
    public void Products_touched_one_after_another_become_neighbours_both_ways()
    {
        var graph = new ItemGraph(Options);
        graph.AddInteraction("lamp", [], 1);
        graph.AddInteraction("shade", ["lamp"], 1);

        graph.Neighbours("lamp", 5).Select(n => n.ProductId).ShouldBe(["shade"]);
        graph.Neighbours("shade", 5).Select(n => n.ProductId).ShouldBe(["lamp"]);
    }

    [Fact]
    public void Similarity_favours_the_partner_that_co_occurs_relatively_more_often()
    {
        var graph = new ItemGraph(Options);
        graph.AddBasket(["lamp", "bulb"]);
        graph.AddBasket(["lamp", "bulb"]);
        graph.AddBasket(["lamp", "bag"]);
        for (var i = 0; i < 20; i++)
        {
            graph.AddBasket(["bag", $"other-{i}"]);
        }

        graph.Neighbours("lamp", 2).Select(n => n.ProductId).ShouldBe(["bulb", "bag"]);
    }

    [Fact]
    public void Rows_stay_bounded_whatever_the_traffic()
    {
        var graph = new ItemGraph(Options with { MaxPartners = 8 });
        for (var i = 0; i < 100; i++)
        {
            graph.AddInteraction($"p-{i}", ["hub"], 1);
        }

        graph.Neighbours("hub", 1000).Count.ShouldBeLessThanOrEqualTo(8);
    }

    [Fact]
    public void Learning_splits_purchases_into_baskets_by_their_moment()
    {
        var shelf = Of(("a", Item("A", "X", 1, 0)), ("b", Item("B", "X", 1, 0)), ("c", Item("C", "X", 1, 0)), ("d", Item("D", "X", 1, 0)));
        TasteSignal[] signals =
        [
            Signal(shelf, BehaviourKind.Purchase, "a", Now),
            Signal(shelf, BehaviourKind.Purchase, "b", Now),
            Signal(shelf, BehaviourKind.Purchase, "c", Now.AddDays(1)),
            Signal(shelf, BehaviourKind.Purchase, "d", Now.AddDays(1)),
            Signal(shelf, BehaviourKind.View, "a", Now.AddDays(2)),
        ];

        var update = TasteLearning.Learn("ann", PreferenceVector.Empty, signals, Options);

        update.Graph.Baskets.ShouldBe([["a", "b"], ["c", "d"]]);
        var touches = update.Graph.Touches.ShouldHaveSingleItem();
        touches.RecentBefore.ShouldBeEmpty();
        touches.ProductIds.ShouldBe(["a", "b", "c", "d", "a"]);
        touches.Weights.Count.ShouldBe(5);
        update.Taste.Events.ShouldBe(5);
    }

    [Fact]
    public void Each_touch_of_a_batch_pairs_with_the_products_recent_at_its_moment_as_the_preference_vector_keeps_them()
    {
        var options = Options with { RecentKept = 2 };
        var shelf = Of(
            ("x", Item("X", "K", 1, 0)), ("y", Item("Y", "K", 1, 0)), ("a", Item("A", "K", 1, 0)), ("b", Item("B", "K", 1, 0)), ("c", Item("C", "K", 1, 0)));
        var before = TasteLearning.Learn(
            "shopper", PreferenceVector.Empty, [Signal(shelf, BehaviourKind.View, "y", Now), Signal(shelf, BehaviourKind.View, "x", Now)], options).Taste;
        var update = TasteLearning.Learn("shopper", before, [.. new[] { "a", "b", "c" }.Select(id => Signal(shelf, BehaviourKind.View, id, Now.AddHours(1)))], options);
        var graph = new ItemGraph(options);

        graph.Apply(update.Graph);

        update.Graph.Touches.ShouldHaveSingleItem().RecentBefore.ShouldBe(["x", "y"]);
        update.Taste.Recent.Select(r => r.ProductId).ShouldBe(["c", "b"]);
        graph.Neighbours("y", 10).Select(n => n.ProductId).ShouldBe(["a"]);
        graph.Neighbours("x", 10).Select(n => n.ProductId).Order().ShouldBe(["a", "b"]);
        graph.Neighbours("c", 10).Select(n => n.ProductId).Order().ShouldBe(["a", "b"]);
    }

    [Fact]
    public void Learning_names_the_products_new_to_the_shopper_and_the_ones_they_already_had()
    {
        var shelf = Of(("a", Item("A", "X", 1, 0)), ("b", Item("B", "X", 1, 0)), ("c", Item("C", "X", 1, 0)));
        var before = TasteLearning.Learn("ann", PreferenceVector.Empty, [Signal(shelf, BehaviourKind.Purchase, "a", Now)], Options).Taste;
        TasteSignal[] signals =
        [
            Signal(shelf, BehaviourKind.View, "b", Now.AddDays(1)),
            Signal(shelf, BehaviourKind.View, "a", Now.AddDays(1)),
            Signal(shelf, BehaviourKind.View, "c", Now.AddDays(1)),
            Signal(shelf, BehaviourKind.Purchase, "b", Now.AddDays(1)),
        ];

        var fresh = TasteLearning.Learn("ann", before, signals, Options).Graph.NewToShoppers.ShouldHaveSingleItem();

        fresh.Known.ShouldBe(["a"]);
        fresh.Added.ShouldBe(["b", "c"]);
        TasteLearning.Learn("ann", before, [Signal(shelf, BehaviourKind.View, "a", Now.AddDays(1))], Options).Graph.NewToShoppers.ShouldBeEmpty();
    }

    [Fact]
    public void A_product_the_shopper_had_stays_known_when_the_bounded_list_drops_it_and_the_batch_touches_it_again()
    {
        var options = Options with { MaxItems = 2 };
        var shelf = Of(("a", Item("A", "X", 1, 0)), ("b", Item("B", "X", 1, 0)), ("c", Item("C", "X", 1, 0)));
        var before = TasteLearning.Learn(
            "ann", PreferenceVector.Empty, [Signal(shelf, BehaviourKind.View, "a", Now.AddDays(-30)), Signal(shelf, BehaviourKind.Purchase, "b", Now)], options).Taste;

        // "c" pushes out the faded "a"; touching "a" again later in the batch does not make it new to ann (a mere view, it is
        // the weakest again and goes).
        var update = TasteLearning.Learn(
            "ann", before, [Signal(shelf, BehaviourKind.Purchase, "c", Now), Signal(shelf, BehaviourKind.View, "a", Now)], options);

        update.Graph.NewToShoppers.ShouldHaveSingleItem().Added.ShouldBe(["c"]);
        update.Taste.Items.Select(i => i.ProductId).ShouldBe(["b", "c"]);
    }

    [Fact]
    public void Products_shoppers_have_in_common_are_shared_neighbours_however_far_apart_they_were_bought()
    {
        var graph = new ItemGraph(Plain);
        graph.AddNewToShopper(new NewToShopper("ann", [], ["lamp", "shade"]));
        graph.AddNewToShopper(new NewToShopper("bob", [], ["lamp"]));
        graph.AddNewToShopper(new NewToShopper("bob", ["lamp"], ["bulb"]));

        var scores = graph.SpreadShared(["lamp"]);

        // Cosine on "which shoppers have it": lamp has two shoppers, shade and bulb one each, each shared once with lamp.
        scores.Keys.Order(StringComparer.Ordinal).ShouldBe(["bulb", "shade"]);
        scores["shade"].Score.ShouldBe(1 / Math.Sqrt(2), 1e-12);
        scores["bulb"].Because.ShouldBe("lamp");
        graph.Spread([("lamp", 1.0)]).Keys.ShouldBeEmpty();
    }

    [Fact]
    public void A_shared_score_sums_the_similarities_to_everything_the_shopper_has()
    {
        var graph = new ItemGraph(Plain);
        graph.AddNewToShopper(new NewToShopper("ann", [], ["lamp", "bulb"]));
        graph.AddNewToShopper(new NewToShopper("bob", [], ["shade", "bulb"]));
        graph.AddNewToShopper(new NewToShopper("cat", [], ["shade", "mug"]));

        var scores = graph.SpreadShared(["lamp", "shade"]);

        // bulb: 1/sqrt(1*2) from lamp plus 1/sqrt(2*2) from shade; mug only from shade.
        scores["bulb"].Score.ShouldBe((1 / Math.Sqrt(2)) + 0.5, 1e-12);
        scores["mug"].Score.ShouldBe(1 / Math.Sqrt(2), 1e-12);
        scores["bulb"].Because.ShouldBe("lamp");
    }

    [Fact]
    public void The_strongest_of_a_spread_are_the_best_scored_and_a_tie_at_the_cut_goes_to_the_earlier_id()
    {
        var graph = new ItemGraph(Plain);
        graph.AddNewToShopper(new NewToShopper("ann", [], ["lamp", "bulb"]));
        graph.AddNewToShopper(new NewToShopper("bob", [], ["lamp", "bulb"]));
        foreach (var (shopper, product) in new[] { ("cat", "mug"), ("dan", "bowl"), ("eve", "shade") })
        {
            graph.AddNewToShopper(new NewToShopper(shopper, [], ["lamp", product]));
        }

        using var scores = graph.SpreadShared(["lamp"]);

        // bulb shares two of lamp's shoppers; bowl, mug and shade one each, a three-way tie settled by id.
        scores.Strongest(2).ShouldBe(["bulb", "bowl"]);
        scores.Strongest(3).ShouldBe(["bulb", "bowl", "mug"]);
        scores.Strongest(9).ShouldBe(["bulb", "bowl", "mug", "shade"]);
        scores.Strongest(0).ShouldBeEmpty();
    }

    [Fact]
    public void Shared_scores_spread_only_over_each_products_closest_neighbours()
    {
        var graph = new ItemGraph(Plain with { SharedNeighbours = 1 });
        graph.AddNewToShopper(new NewToShopper("ann", [], ["lamp", "bulb"]));
        graph.AddNewToShopper(new NewToShopper("bob", [], ["lamp", "bulb"]));
        graph.AddNewToShopper(new NewToShopper("cat", [], ["lamp", "shade"]));

        // bulb shares two shoppers with lamp, shade one: with one neighbour per product, shade gets nothing from lamp.
        graph.SpreadShared(["lamp"]).Keys.ShouldBe(["bulb"]);
        graph.SpreadShared(["shade"]).Keys.ShouldBe(["lamp"]);
    }

    [Fact]
    public void Shared_similarities_are_amplified_before_they_are_summed()
    {
        var graph = new ItemGraph(Options with { SharedAmplification = 2 });
        graph.AddNewToShopper(new NewToShopper("ann", [], ["lamp", "bulb"]));
        graph.AddNewToShopper(new NewToShopper("bob", [], ["shade", "bulb"]));
        graph.AddNewToShopper(new NewToShopper("cat", [], ["shade", "mug"]));

        var scores = graph.SpreadShared(["lamp", "shade"]);

        // The cosines of the plain case (1/sqrt(2) and 1/2), squared.
        scores["bulb"].Score.ShouldBe(0.5 + 0.25, 1e-12);
        scores["mug"].Score.ShouldBe(0.5, 1e-12);
    }

    [Fact]
    public void A_neighbour_list_is_kept_until_its_row_has_changed_by_more_than_an_eighth()
    {
        var graph = new ItemGraph(Options with { Neighbours = 1 });
        for (var i = 0; i < 8; i++)
        {
            graph.AddBasket(["lamp", "bulb"]);
            graph.AddBasket(["lamp", "mug"]);
        }

        // bulb and mug tie; the name breaks it.
        graph.Neighbours("lamp", 5).Single().ProductId.ShouldBe("bulb");

        // Two changes on a row of 32: shade is now the stronger partner, but the list picked before still stands.
        graph.AddBasketPartners("lamp", 0, [("shade", 100)]);
        graph.Neighbours("lamp", 5).Single().ProductId.ShouldBe("bulb");

        // Four more changes make the row stale (6 > 32 / 8), so the list is picked again.
        graph.AddBasketPartners("lamp", 0, [("shade", 1)]);
        graph.AddBasketPartners("lamp", 0, [("shade", 1)]);
        graph.Neighbours("lamp", 5).Single().ProductId.ShouldBe("shade");
    }

    [Fact]
    public void A_product_new_to_a_shopper_is_paired_with_their_latest_products_only()
    {
        var graph = new ItemGraph(Options with { SharedContext = 2 });

        graph.AddNewToShopper(new NewToShopper("ann", ["old", "lamp", "shade"], ["bulb", "mug"]));

        // bulb pairs with lamp and shade; mug with shade and bulb (the newest two before it); old with neither.
        graph.SpreadShared(["bulb"]).Keys.Order(StringComparer.Ordinal).ShouldBe(["lamp", "mug", "shade"]);
        graph.SpreadShared(["mug"]).Keys.Order(StringComparer.Ordinal).ShouldBe(["bulb", "shade"]);
        graph.SpreadShared(["old"]).Keys.ShouldBeEmpty();
    }

    [Fact]
    public void Learning_sends_only_the_latest_known_products_oldest_first()
    {
        var shelf = Of(("a", Item("A", "X", 1, 0)), ("b", Item("B", "X", 1, 0)), ("c", Item("C", "X", 1, 0)), ("d", Item("D", "X", 1, 0)));
        var options = Options with { SharedContext = 2 };
        var before = TasteLearning.Learn(
            "ann",
            PreferenceVector.Empty,
            [Signal(shelf, BehaviourKind.Purchase, "a", Now), Signal(shelf, BehaviourKind.Purchase, "b", Now.AddDays(1)), Signal(shelf, BehaviourKind.Purchase, "c", Now.AddDays(2))],
            options).Taste;

        var fresh = TasteLearning.Learn("ann", before, [Signal(shelf, BehaviourKind.Purchase, "d", Now.AddDays(3))], options).Graph.NewToShoppers.ShouldHaveSingleItem();

        fresh.Known.ShouldBe(["b", "c"]);
        fresh.Added.ShouldBe(["d"]);
    }

    [Fact]
    public void Stored_basket_companions_restore_a_row()
    {
        var graph = new ItemGraph(Options);

        graph.AddBasketPartners("lamp", 3, [("bulb", 3), ("shade", 1)]);

        graph.Neighbours("lamp", 5).Select(n => n.ProductId).ShouldBe(["bulb", "shade"]);
        graph.Occurrences("lamp").ShouldBe(3 * Options.BasketWeight);
    }
}
