using Elara.Grains.Carts;
using Elara.Grains.Errors;
using Elara.Grains.Orders;
using Shouldly;

namespace Elara.Grains.Tests.Carts;

public sealed class CartStateTests
{
    [Fact]
    public void Adding_a_product_twice_adds_to_its_line()
    {
        var cart = new CartState().WithAdded("lamp-7", 2).WithAdded("vase-2", 1).WithAdded("lamp-7", 3);

        cart.Lines.ShouldBe([new CartItem("lamp-7", 5), new CartItem("vase-2", 1)]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(CartLimits.MaxQuantityPerLine + 1)]
    public void Adding_a_quantity_outside_one_to_the_line_limit_is_invalid(int quantity) =>
        Should.Throw<ShopException>(() => new CartState().WithAdded("lamp-7", quantity)).Error.ShouldBe(ShopError.Invalid);

    [Fact]
    public void A_line_cannot_grow_past_the_line_limit()
    {
        var cart = new CartState().WithAdded("lamp-7", CartLimits.MaxQuantityPerLine);

        Should.Throw<ShopException>(() => cart.WithAdded("lamp-7", 1)).Error.ShouldBe(ShopError.Invalid);
    }

    [Fact]
    public void A_cart_holds_at_most_the_line_count_limit_of_products()
    {
        var full = Enumerable.Range(0, CartLimits.MaxLines).Aggregate(new CartState(), (cart, i) => cart.WithAdded($"p-{i}", 1));

        Should.Throw<ShopException>(() => full.WithAdded("one-more", 1)).Error.ShouldBe(ShopError.Invalid);
        full.WithAdded("p-0", 1).QuantityOf("p-0").ShouldBe(2);
    }

    [Fact]
    public void Setting_a_quantity_replaces_it_and_zero_removes_the_line()
    {
        var cart = new CartState().WithAdded("lamp-7", 2).WithAdded("vase-2", 1);

        cart.WithQuantity("lamp-7", 7).Lines.ShouldBe([new CartItem("lamp-7", 7), new CartItem("vase-2", 1)]);
        cart.WithQuantity("lamp-7", 0).Lines.ShouldBe([new CartItem("vase-2", 1)]);
        Should.Throw<ShopException>(() => cart.WithQuantity("ghost", 1)).Error.ShouldBe(ShopError.NotFound);
        Should.Throw<ShopException>(() => cart.WithQuantity("lamp-7", 100)).Error.ShouldBe(ShopError.Invalid);
    }

    [Fact]
    public void Merged_lines_add_up_to_the_line_limit()
    {
        var cart = new CartState().WithAdded("lamp-7", 90);

        var merged = cart.WithMerged([new CartLine("lamp-7", "Lamp", 20, 5m, 100), new CartLine("vase-2", "Vase", 1, 3m, 4)]);

        merged.Lines.ShouldBe([new CartItem("lamp-7", CartLimits.MaxQuantityPerLine), new CartItem("vase-2", 1)]);
    }

    [Fact]
    public void An_order_takes_its_units_out_of_the_cart()
    {
        var cart = new CartState().WithAdded("lamp-7", 3).WithAdded("vase-2", 1);

        var left = cart.WithoutOrdered([new OrderLine("lamp-7", "Lamp", 2, 5m), new OrderLine("vase-2", "Vase", 1, 3m)]);

        left.Lines.ShouldBe([new CartItem("lamp-7", 1)]);
    }

    [Fact]
    public void A_cart_remembers_the_last_hundred_checkout_keys()
    {
        var cart = Enumerable.Range(1, 120).Aggregate(new CartState(), (c, i) => c.WithCheckout($"key-{i}", $"o-{i}"));

        cart.Checkouts.Count.ShouldBe(CartState.CheckoutsKept);
        cart.OrderFor("key-120").ShouldBe("o-120");
        cart.OrderFor("key-21").ShouldBe("o-21");
        cart.OrderFor("key-20").ShouldBeNull();
    }
}
