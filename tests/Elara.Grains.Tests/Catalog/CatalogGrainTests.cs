using Elara.Grains.Catalog;
using Elara.Grains.Products;
using Elara.Runtime.Testing.Silos;
using Shouldly;

namespace Elara.Grains.Tests.Catalog;

public sealed class CatalogGrainTests
{
    [Fact]
    public async Task Products_appear_in_the_catalog_when_they_are_stored()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", category: "Lighting", name: "Desk lamp");
        await silo.AddProductAsync("vase-2", category: "Home & Garden", name: "Blue vase");
        await silo.AddProductAsync("bulb-1", category: "Lighting", name: "Bulb");
        var catalog = silo.Grains.GetGrain<ICatalogGrain>(CatalogKeys.Main);

        (await catalog.CountAsync()).ShouldBe(3);
        (await catalog.ListAsync("lighting", 1, 10)).Items.Select(p => p.Id).ShouldBe(["bulb-1", "lamp-7"]);
        (await catalog.CategoriesAsync()).ShouldBe([new CategoryView("home-garden", "Home & Garden", 1), new CategoryView("lighting", "Lighting", 2)]);
    }

    [Fact]
    public async Task A_product_moved_to_another_category_moves_in_the_catalog()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", category: "Lighting");

        await silo.Grains.GetGrain<IProductGrain>("lamp-7").UpdateAsync(new ProductChange(Category: "Desk"));

        var catalog = silo.Grains.GetGrain<ICatalogGrain>(CatalogKeys.Main);
        (await catalog.ListAsync("lighting", 1, 10)).Total.ShouldBe(0);
        (await catalog.ListAsync("desk", 1, 10)).Items.ShouldHaveSingleItem().Id.ShouldBe("lamp-7");
        (await catalog.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_new_product_is_stored_in_the_catalog_before_the_call_returns()
    {
        var storage = TestStorage.Memory();
        await using var first = await ShopSilo.StartAsync(storage);
        await first.AddProductAsync("lamp-7");

        await using var second = await ShopSilo.StartAsync(storage);

        (await second.Grains.GetGrain<ICatalogGrain>(CatalogKeys.Main).ListAsync(null, 1, 10)).Items.ShouldHaveSingleItem().Id.ShouldBe("lamp-7");
    }

    [Fact]
    public void Products_spread_over_every_shard_and_always_land_in_the_same_one()
    {
        var keys = Enumerable.Range(0, 2000).Select(i => CatalogShards.KeyFor(CatalogKeys.Main, $"p-{i}")).ToList();

        keys.Distinct().Count().ShouldBe(CatalogShards.Count);
        keys.ShouldAllBe(key => CatalogShards.Keys(CatalogKeys.Main).Contains(key));
        CatalogShards.KeyFor(CatalogKeys.Main, "lamp-7").ShouldBe(CatalogShards.KeyFor(CatalogKeys.Main, "lamp-7"));
    }
}
