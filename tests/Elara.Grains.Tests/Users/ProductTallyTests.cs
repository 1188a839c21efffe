using Elara.Grains.Behaviour;
using Elara.Grains.Products;
using Elara.Grains.Users;
using Shouldly;

namespace Elara.Grains.Tests.Users;

public sealed class ProductTallyTests
{
    static readonly DateTimeOffset Noon = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Events_are_summed_per_product_and_kind()
    {
        var tallies = ProductTally.Of(
        [
            Event(BehaviourKind.View, "lamp-7", 0),
            Event(BehaviourKind.View, "lamp-7", 1),
            Event(BehaviourKind.AddToCart, "lamp-7", 3),
            Event(BehaviourKind.View, "vase-2", 1),
        ]);

        tallies.ShouldBe(
        [
            new ProductTally("lamp-7", BehaviourCount.View, 2),
            new ProductTally("lamp-7", BehaviourCount.AddToCart, 3),
            new ProductTally("vase-2", BehaviourCount.View, 1),
        ]);
    }

    [Fact]
    public void Purchases_count_on_their_product_and_searches_on_none()
    {
        ProductTally.Of(
        [
            new BehaviourEvent(BehaviourKind.Search, "a-1", null, "lamp", 0, Noon),
            Event(BehaviourKind.Purchase, "lamp-7", 2),
        ]).ShouldBe([new ProductTally("lamp-7", BehaviourCount.Purchase, 2)]);
    }

    static BehaviourEvent Event(BehaviourKind kind, string productId, int quantity) => new(kind, "a-1", productId, null, quantity, Noon);
}
