using Elara.Grains.Catalog;
using Elara.Grains.Errors;
using Elara.Grains.Products;
using Shouldly;

namespace Elara.Grains.Tests.Products;

public sealed class ProductGrainTests
{
    [Fact]
    public async Task A_product_that_was_never_stored_is_null()
    {
        await using var silo = await ShopSilo.StartAsync();

        (await silo.Grains.GetGrain<IProductGrain>("nothing-here").GetAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task An_upserted_product_reads_back_with_its_creation_in_the_history()
    {
        await using var silo = await ShopSilo.StartAsync();

        await silo.AddProductAsync("lamp-7", stock: 4, price: 19.99m);

        var product = await silo.ProductAsync("lamp-7");
        product.Price.ShouldBe(19.99m);
        product.Stock.ShouldBe(4);
        product.UpdatedAt.ShouldBe(silo.Clock.GetUtcNow());
        product.StockHistory.ShouldHaveSingleItem().Reason.ShouldBe("created");
        product.ImageUrl.ShouldBe("/images/products/lamp-7.svg");
    }

    [Fact]
    public async Task Re_running_an_import_records_the_changed_stock_as_an_import()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", stock: 4);
        silo.Clock.Advance(TimeSpan.FromHours(1));

        await silo.AddProductAsync("lamp-7", stock: 9);

        var product = await silo.ProductAsync("lamp-7");
        product.StockHistory.Select(p => (p.Stock, p.Reason)).ShouldBe([(4, "created"), (9, "import")]);
        product.StockHistory[^1].At.ShouldBe(silo.Clock.GetUtcNow());
    }

    [Fact]
    public async Task An_admin_price_change_enters_the_price_history_and_the_catalog()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", price: 20m);

        await silo.Grains.GetGrain<IProductGrain>("lamp-7").UpdateAsync(new ProductChange(Price: 15m));

        (await silo.ProductAsync("lamp-7")).PriceHistory.Select(p => p.Price).ShouldBe([20m, 15m]);
        var listed = await silo.Grains.GetGrain<ICatalogGrain>(CatalogKeys.Main).ListAsync(null, 1, 10);
        listed.Items.ShouldHaveSingleItem().Price.ShouldBe(15m);
    }

    [Fact]
    public async Task Updating_a_product_that_does_not_exist_is_not_found()
    {
        await using var silo = await ShopSilo.StartAsync();

        var error = await Should.ThrowAsync<ShopException>(silo.Grains.GetGrain<IProductGrain>("ghost").UpdateAsync(new ProductChange(Price: 1m)));

        error.Error.ShouldBe(ShopError.NotFound);
    }

    [Fact]
    public async Task An_invalid_change_is_refused_and_nothing_changes()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", price: 20m);

        var error = await Should.ThrowAsync<ShopException>(silo.Grains.GetGrain<IProductGrain>("lamp-7").UpdateAsync(new ProductChange(Price: 0.001m)));

        error.Error.ShouldBe(ShopError.Invalid);
        (await silo.ProductAsync("lamp-7")).Price.ShouldBe(20m);
    }

    [Fact]
    public async Task A_product_stored_under_another_id_is_invalid()
    {
        await using var silo = await ShopSilo.StartAsync();

        var error = await Should.ThrowAsync<ShopException>(silo.Grains.GetGrain<IProductGrain>("lamp-7").UpsertAsync(ShopSilo.Product("vase-2")));

        error.Error.ShouldBe(ShopError.Invalid);
        (await silo.Grains.GetGrain<IProductGrain>("lamp-7").GetAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Reserving_twice_for_one_order_takes_the_units_once()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", stock: 5);
        var product = silo.Grains.GetGrain<IProductGrain>("lamp-7");

        (await product.ReserveAsync("o-1", 3)).ShouldBeTrue();
        (await product.ReserveAsync("o-1", 3)).ShouldBeTrue();

        (await silo.ProductAsync("lamp-7")).Stock.ShouldBe(2);
    }

    [Fact]
    public async Task A_reservation_larger_than_the_stock_is_refused_and_takes_nothing()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", stock: 2);

        (await silo.Grains.GetGrain<IProductGrain>("lamp-7").ReserveAsync("o-1", 3)).ShouldBeFalse();

        (await silo.ProductAsync("lamp-7")).Stock.ShouldBe(2);
    }

    [Fact]
    public async Task Fifty_concurrent_reservations_for_ten_units_never_oversell()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", stock: 10);
        var product = silo.Grains.GetGrain<IProductGrain>("lamp-7");

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => product.ReserveAsync($"o-{i}", 1))));

        answers.Count(a => a).ShouldBe(10);
        (await silo.ProductAsync("lamp-7")).Stock.ShouldBe(0);
        (await silo.Grains.GetGrain<ICatalogGrain>(CatalogKeys.Main).ListAsync(null, 1, 10)).Items.ShouldHaveSingleItem().Stock.ShouldBe(0);
    }

    [Fact]
    public async Task Releasing_an_order_puts_its_units_back_and_releasing_again_changes_nothing()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", stock: 5);
        var product = silo.Grains.GetGrain<IProductGrain>("lamp-7");
        await product.ReserveAsync("o-1", 4);

        await product.ReleaseAsync("o-1");
        await product.ReleaseAsync("o-1");
        await product.ReleaseAsync("o-unknown");

        var view = await silo.ProductAsync("lamp-7");
        view.Stock.ShouldBe(5);
        view.StockHistory.Select(p => p.Reason).ShouldBe(["created", "order o-1", "release o-1"]);
    }

    [Fact]
    public async Task Reserving_for_an_order_that_was_already_committed_takes_nothing()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", stock: 5);
        var product = silo.Grains.GetGrain<IProductGrain>("lamp-7");
        await product.ReserveAsync("o-1", 2);

        await product.CommitAsync("o-1");
        (await product.ReserveAsync("o-1", 2)).ShouldBeTrue();
        await product.ReleaseAsync("o-1");

        (await silo.ProductAsync("lamp-7")).Stock.ShouldBe(3);
    }

    [Fact]
    public async Task Behaviour_is_counted_on_the_product()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7");
        var product = silo.Grains.GetGrain<IProductGrain>("lamp-7");

        await product.RecordAsync(BehaviourCount.View, 1);
        await product.RecordAsync(BehaviourCount.View, 1);
        await product.RecordAsync(BehaviourCount.AddToCart, 2);

        var counters = (await silo.ProductAsync("lamp-7")).Counters;
        counters.Views.ShouldBe(2);
        counters.AddsToCart.ShouldBe(2);
    }

    [Fact]
    public async Task Behaviour_about_a_product_that_does_not_exist_creates_nothing()
    {
        await using var silo = await ShopSilo.StartAsync();
        var ghost = silo.Grains.GetGrain<IProductGrain>("ghost");

        await ghost.RecordAsync(BehaviourCount.View, 1);

        (await ghost.GetAsync()).ShouldBeNull();
        (await ghost.ReserveAsync("o-1", 1)).ShouldBeFalse();
    }
}
