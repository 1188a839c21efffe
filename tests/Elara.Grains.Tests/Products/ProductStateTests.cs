using Elara.Grains.Products;
using Shouldly;

namespace Elara.Grains.Tests.Products;

public sealed class ProductStateTests
{
    static readonly DateTimeOffset Noon = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    static ProductState Created(int stock = 10, decimal price = 12.50m) =>
        new ProductState().With(ShopSilo.Product("lamp-7", stock, price), "created", Noon);

    [Fact]
    public void A_new_product_starts_its_price_and_stock_history_and_gets_the_default_image()
    {
        var product = Created(stock: 0);

        product.PriceHistory.ShouldBe([new PricePoint(12.50m, Noon)]);
        product.StockHistory.ShouldBe([new StockPoint(0, Noon, "created")]);
        product.ImageUrl.ShouldBe("/images/products/lamp-7.svg");
    }

    [Fact]
    public void Only_a_changed_price_or_stock_enters_the_history()
    {
        var later = Noon.AddHours(1);

        var renamed = Created().With(ShopSilo.Product("lamp-7", name: "Desk lamp"), "import", later);
        var repriced = renamed.With(ShopSilo.Product("lamp-7", price: 9.99m), "admin", later);

        renamed.PriceHistory.Count.ShouldBe(1);
        renamed.StockHistory.Count.ShouldBe(1);
        repriced.PriceHistory[^1].ShouldBe(new PricePoint(9.99m, later));
        repriced.StockHistory.Count.ShouldBe(1);
    }

    [Fact]
    public void The_history_keeps_the_last_hundred_points()
    {
        var product = Created();
        for (var stock = 1; stock <= 150; stock++)
        {
            product = product.With(ShopSilo.Product("lamp-7", stock), "import", Noon);
        }

        product.StockHistory.Count.ShouldBe(ProductState.HistoryLength);
        product.StockHistory[^1].Stock.ShouldBe(150);
        product.StockHistory[0].Stock.ShouldBe(51);
    }

    [Fact]
    public void A_partial_change_keeps_every_field_it_does_not_name()
    {
        var product = Created();

        var changed = product.Apply(new ProductChange(Price: 8m));

        changed.ShouldBe(new NewProduct("lamp-7", product.Name, product.Description, product.Category, 8m, 10, product.Attributes, product.ImageUrl));
    }

    [Fact]
    public void Reserving_takes_stock_and_releasing_puts_it_back_with_the_order_as_reason()
    {
        var reserved = Created().WithReservation("o-1", 3, Noon);
        var released = reserved.WithRelease("o-1", Noon);

        reserved.Stock.ShouldBe(7);
        reserved.Holds("o-1").ShouldBeTrue();
        reserved.StockHistory[^1].ShouldBe(new StockPoint(7, Noon, "order o-1"));
        released.Stock.ShouldBe(10);
        released.Holds("o-1").ShouldBeFalse();
        released.StockHistory[^1].ShouldBe(new StockPoint(10, Noon, "release o-1"));
    }

    [Fact]
    public void Committing_an_order_keeps_its_stock_taken_and_settles_it_for_good()
    {
        var committed = Created().WithReservation("o-1", 3, Noon).WithCommit("o-1");

        committed.Stock.ShouldBe(7);
        committed.Reservations.ShouldBeEmpty();
        committed.Holds("o-1").ShouldBeTrue();
        committed.WithRelease("o-1", Noon).ShouldBe(committed);
        committed.WithCommit("o-1").ShouldBe(committed);
    }

    [Fact]
    public void Each_behaviour_count_adds_to_its_own_counter()
    {
        var product = Created()
            .WithCount(BehaviourCount.View, 2)
            .WithCount(BehaviourCount.Click, 1)
            .WithCount(BehaviourCount.AddToCart, 3)
            .WithCount(BehaviourCount.RemoveFromCart, 1)
            .WithCount(BehaviourCount.Purchase, 4)
            .WithCount(BehaviourCount.Wishlist, 1);

        product.Counters.ShouldBe(new ProductCounters(2, 1, 3, 1, 4, 1));
    }
}
