using Elara.Bench.Recommendations.Bench;
using Elara.Grains.Behaviour;
using Shouldly;

namespace Elara.Bench.Tests.Recommendations.Bench;

public sealed class ShopperSessionsTests
{
    static readonly DateTimeOffset End = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    static readonly ShopperSessions Sessions = new(BenchCatalog.Generate(500, seed: 5), seed: 5);

    [Fact]
    public void A_shopper_does_the_same_things_every_run()
    {
        var again = new ShopperSessions(BenchCatalog.Generate(500, seed: 5), seed: 5);

        for (var shopper = 0; shopper < 50; shopper++)
        {
            again.Batches(shopper, "a-1", End).SelectMany(b => b).ShouldBe(Sessions.Batches(shopper, "a-1", End).SelectMany(b => b));
        }
    }

    [Fact]
    public void Shoppers_view_three_to_eight_products_then_cart_only_what_they_viewed_and_buy_only_what_they_carted()
    {
        var carters = 0;
        var buyers = 0;
        for (var shopper = 0; shopper < 1_000; shopper++)
        {
            var batches = Sessions.Batches(shopper, "a-1", End);
            var browse = batches[0];
            browse.Select(e => e.Kind).Distinct().ShouldBe([BehaviourKind.View]);
            browse.Count.ShouldBeInRange(3, 8);

            var rest = batches.Skip(1).SelectMany(b => b).ToList();
            var carted = rest.Where(e => e.Kind == BehaviourKind.AddToCart).Select(e => e.ProductId).ToList();
            var bought = rest.Where(e => e.Kind == BehaviourKind.Purchase).Select(e => e.ProductId).ToList();
            carted.ShouldBeSubsetOf(browse.Select(e => e.ProductId));
            bought.ShouldBeSubsetOf(carted);
            carters += carted.Count > 0 ? 1 : 0;
            buyers += bought.Count > 0 ? 1 : 0;
        }

        carters.ShouldBeInRange(250, 450);
        buyers.ShouldBeInRange(50, carters / 2);
    }

    [Fact]
    public void Events_are_in_time_order_and_the_last_is_at_the_end()
    {
        var events = Sessions.Batches(7, "a-1", End).SelectMany(b => b).ToList();

        events.Select(e => e.At).ShouldBe(events.Select(e => e.At).Order());
        events[^1].At.ShouldBe(End);
        events.Select(e => (e.ShopperId, e.Quantity)).Distinct().ShouldBe([("a-1", 1)]);
    }
}
