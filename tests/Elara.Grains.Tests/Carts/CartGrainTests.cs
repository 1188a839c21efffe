using Elara.Grains.Carts;
using Elara.Grains.Errors;
using Elara.Grains.Products;
using Elara.Runtime.Testing.Silos;
using Shouldly;

namespace Elara.Grains.Tests.Carts;

public sealed class CartGrainTests
{
    [Fact]
    public async Task An_empty_cart_has_no_lines()
    {
        await using var silo = await ShopSilo.StartAsync();

        var cart = await Cart(silo).GetAsync();

        cart.Lines.ShouldBeEmpty();
        (cart.ItemCount, cart.Total).ShouldBe((0, 0m));
    }

    [Fact]
    public async Task Added_products_are_priced_as_the_products_are_now()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", stock: 10, price: 20m, name: "Desk lamp");
        await silo.AddProductAsync("vase-2", stock: 5, price: 7.50m, name: "Blue vase");
        await Cart(silo).AddAsync("lamp-7", 2);
        await Cart(silo).AddAsync("vase-2", 1);

        await silo.Grains.GetGrain<IProductGrain>("lamp-7").UpdateAsync(new ProductChange(Price: 18m));

        var cart = await Cart(silo).GetAsync();
        cart.Lines.ShouldBe([new CartLine("lamp-7", "Desk lamp", 2, 18m, 10), new CartLine("vase-2", "Blue vase", 1, 7.50m, 5)]);
        cart.ItemCount.ShouldBe(3);
        cart.Total.ShouldBe(43.50m);
        cart.Currency.ShouldBe(CartLimits.Currency);
    }

    [Fact]
    public async Task Adding_a_product_that_does_not_exist_is_not_found()
    {
        await using var silo = await ShopSilo.StartAsync();

        (await Should.ThrowAsync<ShopException>(Cart(silo).AddAsync("ghost", 1))).Error.ShouldBe(ShopError.NotFound);
    }

    [Fact]
    public async Task Adding_more_than_the_stock_is_out_of_stock_and_leaves_the_cart_alone()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", stock: 3);
        await Cart(silo).AddAsync("lamp-7", 2);

        var error = await Should.ThrowAsync<ShopException>(Cart(silo).AddAsync("lamp-7", 2));

        error.Error.ShouldBe(ShopError.OutOfStock);
        error.Message.ShouldContain("only 3");
        (await Cart(silo).GetAsync()).Lines.ShouldHaveSingleItem().Quantity.ShouldBe(2);
    }

    [Fact]
    public async Task Adding_past_the_line_limit_is_invalid()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", stock: 500);
        await Cart(silo).AddAsync("lamp-7", CartLimits.MaxQuantityPerLine);

        (await Should.ThrowAsync<ShopException>(Cart(silo).AddAsync("lamp-7", 1))).Error.ShouldBe(ShopError.Invalid);
        (await Should.ThrowAsync<ShopException>(Cart(silo).AddAsync("lamp-7", 0))).Error.ShouldBe(ShopError.Invalid);
    }

    [Fact]
    public async Task Setting_a_quantity_changes_the_line_and_zero_removes_it()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", stock: 10);
        await Cart(silo).AddAsync("lamp-7", 2);

        (await Cart(silo).SetQuantityAsync("lamp-7", 5)).Lines.ShouldHaveSingleItem().Quantity.ShouldBe(5);
        (await Cart(silo).SetQuantityAsync("lamp-7", 0)).Lines.ShouldBeEmpty();
        (await Should.ThrowAsync<ShopException>(Cart(silo).SetQuantityAsync("lamp-7", 1))).Error.ShouldBe(ShopError.NotFound);
    }

    [Fact]
    public async Task Raising_a_line_above_the_stock_is_out_of_stock_but_lowering_it_is_always_allowed()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", stock: 10);
        await Cart(silo).AddAsync("lamp-7", 8);
        await silo.Grains.GetGrain<IProductGrain>("lamp-7").UpdateAsync(new ProductChange(Stock: 3));

        (await Should.ThrowAsync<ShopException>(Cart(silo).SetQuantityAsync("lamp-7", 9))).Error.ShouldBe(ShopError.OutOfStock);
        (await Cart(silo).SetQuantityAsync("lamp-7", 5)).Lines.ShouldHaveSingleItem().Quantity.ShouldBe(5);
    }

    [Fact]
    public async Task Removing_a_product_drops_its_line_and_removing_it_again_is_harmless()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7");
        await silo.AddProductAsync("vase-2");
        await Cart(silo).AddAsync("lamp-7", 1);
        await Cart(silo).AddAsync("vase-2", 1);

        await Cart(silo).RemoveAsync("lamp-7");
        var cart = await Cart(silo).RemoveAsync("lamp-7");

        cart.Lines.ShouldHaveSingleItem().ProductId.ShouldBe("vase-2");
    }

    [Fact]
    public async Task Signing_in_moves_the_anonymous_cart_into_the_shoppers_cart()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7");
        await silo.AddProductAsync("vase-2");
        var anonymous = silo.Grains.GetGrain<ICartGrain>("a-visitor");
        await anonymous.AddAsync("lamp-7", 2);
        await anonymous.AddAsync("vase-2", 1);
        await Cart(silo).AddAsync("lamp-7", 1);

        var merged = await Cart(silo).MergeFromAsync("a-visitor");

        merged.Lines.Select(l => (l.ProductId, l.Quantity)).ShouldBe([("lamp-7", 3), ("vase-2", 1)]);
        (await anonymous.GetAsync()).Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_cart_cannot_merge_itself()
    {
        await using var silo = await ShopSilo.StartAsync();

        (await Should.ThrowAsync<ShopException>(Cart(silo).MergeFromAsync("u-ann"))).Error.ShouldBe(ShopError.Invalid);
    }

    static ICartGrain Cart(TestSilo silo) => silo.Grains.GetGrain<ICartGrain>("u-ann");
}
