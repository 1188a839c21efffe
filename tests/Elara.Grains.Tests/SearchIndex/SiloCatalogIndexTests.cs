using Elara.Grains.Products;
using Elara.Grains.Search;
using Elara.Grains.SearchIndex;
using Elara.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Elara.Grains.Tests.SearchIndex;

public sealed class SiloCatalogIndexTests
{
    static bool Finds(SiloCatalogIndex index, string text, string productId) =>
        index.Search(new SearchQuery(text, InStockOnly: false)).Hits.Any(h => h.Id == productId);

    [Fact]
    public async Task A_renamed_product_is_found_by_its_new_name_through_the_change_stream()
    {
        await using var silo = await ShopSilo.StartAsync();
        var index = silo.Services.GetRequiredService<SiloCatalogIndex>();
        await silo.AddProductAsync("lamp-1", name: "Brass lantern");
        await Eventually.HoldsAsync(() => Finds(index, "lantern", "lamp-1"), "the new product is indexed");

        await silo.Grains.GetGrain<IProductGrain>("lamp-1").UpdateAsync(new ProductChange(Name: "Copper kettle"));

        await Eventually.HoldsAsync(() => Finds(index, "kettle", "lamp-1"), "the renamed product is found by its new name", TimeSpan.FromSeconds(1));
        Finds(index, "lantern", "lamp-1").ShouldBeFalse();
    }

    [Fact]
    public async Task A_price_change_reaches_the_index()
    {
        await using var silo = await ShopSilo.StartAsync();
        var index = silo.Services.GetRequiredService<SiloCatalogIndex>();
        await silo.AddProductAsync("lamp-1", price: 40m, name: "Brass lantern");

        await silo.Grains.GetGrain<IProductGrain>("lamp-1").UpdateAsync(new ProductChange(Price: 4m));

        await Eventually.HoldsAsync(
            () => index.Search(new SearchQuery("lantern", MaxPrice: 5m, InStockOnly: false)).Hits.Any(h => h.Id == "lamp-1" && h.Price == 4m),
            "the product is found under its new price");
    }

    [Fact]
    public async Task A_restarted_silo_builds_its_index_from_the_catalog()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-1", name: "Brass lantern");
        await silo.AddProductAsync("kettle-2", name: "Copper kettle", category: "Kitchen");
        await silo.AddProductAsync("rug-3", name: "Wool rug", category: "Textiles");

        await silo.RestartAsync();

        var index = silo.Services.GetRequiredService<SiloCatalogIndex>();
        await Eventually.HoldsAsync(() => index.Count == 3, "the index holds the catalog");
        Finds(index, "kettle", "kettle-2").ShouldBeTrue();
        index.CategoryOf("rug-3").ShouldBe("Textiles");
    }
}
