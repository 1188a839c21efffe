using Elara.Grains.Behaviour;
using Elara.Grains.Recommenders;
using Shouldly;
using static Elara.Grains.Tests.Recommenders.Shelf;

namespace Elara.Grains.Tests.Recommenders;

public sealed class PreferenceVectorTests
{
    static readonly RecommenderOptions Options = new() { TasteHalfLife = new HalfLife(TimeSpan.FromDays(10)) };

    static readonly Elara.Grains.Recommenders.ProductVectorIndex Products = Of(
        ("lamp", Item("Lamp", "Lighting", 1, 0, price: 20m)),
        ("candle", Item("Candle", "Lighting", 0.9f, 0.1f, price: 4m)),
        ("mug", Item("Mug", "Kitchen", 0, 1, price: 6m)));

    [Fact]
    public void A_purchase_weighs_more_than_a_view()
    {
        var taste = Taste(Products, Options, (BehaviourKind.View, "lamp", Now), (BehaviourKind.Purchase, "mug", Now));

        var scores = taste.AffinitiesAt(Now, Options.TasteHalfLife).ToDictionary(a => a.Item.ProductId, a => a.Score);
        scores["mug"].ShouldBeGreaterThan(scores["lamp"]);
        taste.Items.Single(i => i.ProductId == "mug").Strongest.ShouldBe(AffinityKind.Bought);
    }

    [Fact]
    public void Interest_halves_after_each_half_life()
    {
        var taste = Taste(Products, Options, (BehaviourKind.View, "lamp", Now));

        var later = taste.AffinitiesAt(Now.AddDays(10), Options.TasteHalfLife).Single().Score;
        later.ShouldBe(BehaviourWeights.Of(BehaviourKind.View) / 2, 1e-9);
    }

    [Fact]
    public void Categories_are_scaled_so_the_favourite_is_one()
    {
        var taste = Taste(Products, Options,
            (BehaviourKind.View, "lamp", Now), (BehaviourKind.View, "candle", Now), (BehaviourKind.View, "mug", Now));

        var categories = taste.CategoriesAt(Now, Options.TasteHalfLife);
        categories[0].ShouldBe(("Lighting", 1.0));
        categories[1].Category.ShouldBe("Kitchen");
        categories[1].Score.ShouldBe(0.5, 1e-9);
    }

    [Fact]
    public void The_vector_leans_towards_what_was_touched_most()
    {
        var taste = Taste(Products, Options,
            (BehaviourKind.Purchase, "lamp", Now), (BehaviourKind.View, "mug", Now));

        taste.Vector[0].ShouldBeGreaterThan(taste.Vector[1]);
    }

    [Fact]
    public void Searches_teach_nothing_about_products()
    {
        var taste = PreferenceVector.Empty.With(new TasteSignal(BehaviourKind.Search, "lamp", "Lighting", 20m, null, 1, Now), Options);

        taste.ShouldBeSameAs(PreferenceVector.Empty);
    }

    [Fact]
    public void The_session_is_what_was_touched_shortly_before_the_newest_event()
    {
        var taste = Taste(Products, Options,
            (BehaviourKind.View, "mug", Now.AddHours(-3)), (BehaviourKind.View, "lamp", Now.AddMinutes(-5)), (BehaviourKind.View, "candle", Now));

        taste.Session(TimeSpan.FromMinutes(30)).ShouldBe(["candle", "lamp"]);
    }

    [Fact]
    public void The_weakest_product_is_forgotten_when_the_list_is_full()
    {
        var small = Options with { MaxItems = 2 };
        var taste = Taste(Products, small,
            (BehaviourKind.View, "mug", Now.AddDays(-30)), (BehaviourKind.Purchase, "lamp", Now), (BehaviourKind.View, "candle", Now));

        taste.Items.Select(i => i.ProductId).ShouldBe(["lamp", "candle"], ignoreOrder: true);
    }

    [Fact]
    public void The_typical_price_is_the_weighted_mean_of_what_was_touched()
    {
        var taste = Taste(Products, Options, (BehaviourKind.View, "lamp", Now), (BehaviourKind.View, "candle", Now));

        taste.TypicalPrice.ShouldBe(12m);
    }
}
