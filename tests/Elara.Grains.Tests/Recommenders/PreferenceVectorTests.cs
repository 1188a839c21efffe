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

    [Fact]
    public void A_batch_learned_on_one_builder_is_the_events_learned_one_at_a_time()
    {
        var small = Options with { MaxItems = 2, MaxCategories = 1, RecentKept = 2 };
        (BehaviourKind Kind, string Id, DateTimeOffset At)[] events =
        [
            (BehaviourKind.View, "mug", Now.AddDays(-30)), (BehaviourKind.Purchase, "lamp", Now.AddDays(-1)), (BehaviourKind.Search, "lamp", Now),
            (BehaviourKind.View, "candle", Now), (BehaviourKind.AddToCart, "lamp", Now.AddHours(1)), (BehaviourKind.View, "mug", Now.AddHours(2)),
        ];
        var oneAtATime = Taste(Products, small, events);

        var builder = PreferenceVector.Empty.ToBuilder(small);
        foreach (var (kind, id, at) in events)
        {
            builder.Add(Signal(Products, kind, id, at));
        }

        var batch = builder.ToImmutable();
        batch.Items.ShouldBe(oneAtATime.Items);
        batch.Categories.ShouldBe(oneAtATime.Categories);
        batch.Recent.ShouldBe(oneAtATime.Recent);
        batch.Vector.ShouldBe(oneAtATime.Vector);
        (batch.VectorAt, batch.PriceSum, batch.PriceWeight, batch.Events).ShouldBe((oneAtATime.VectorAt, oneAtATime.PriceSum, oneAtATime.PriceWeight, 5L));
    }

    [Fact]
    public void A_taste_handed_out_stays_as_it_was_when_its_builder_learns_more()
    {
        var builder = PreferenceVector.Empty.ToBuilder(Options);
        builder.Add(Signal(Products, BehaviourKind.View, "lamp", Now));
        var first = builder.ToImmutable();
        var vector = first.Vector.ToArray();

        builder.Add(Signal(Products, BehaviourKind.Purchase, "mug", Now));

        first.Vector.ShouldBe(vector);
        first.Items.ShouldHaveSingleItem().ProductId.ShouldBe("lamp");
        builder.ToImmutable().Items.Length.ShouldBe(2);
    }
}
