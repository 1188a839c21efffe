using Elara.Grains.Catalog;
using Elara.Grains.Products;
using Elara.Runtime.Testing.Silos;
using Elara.Silo.Catalog;
using Microsoft.Extensions.Logging.Abstractions;
using Shouldly;

namespace Elara.Silo.Tests.Catalog;

public sealed class DemoCatalogSeederTests
{
    static readonly int DemoCount = DemoCatalog.Generate().Count;

    [Fact]
    public async Task Seeds_an_empty_catalog_once_even_across_restarts()
    {
        using var temp = new TempDirectory();
        await using var silo = await ShopSilo.StartAsync(TestStorage.Sqlite(temp.File("elara.db")));

        (await Seeder(silo).SeedAsync(CancellationToken.None)).ShouldBe(DemoCount);
        (await Seeder(silo).SeedAsync(CancellationToken.None)).ShouldBe(0);
        await silo.RestartAsync();
        (await Seeder(silo).SeedAsync(CancellationToken.None)).ShouldBe(0);

        (await Catalog(silo).CountAsync()).ShouldBe(DemoCount);
        (await Catalog(silo).CategoriesAsync()).Count.ShouldBe(DemoCategories.All.Count);
    }

    [Fact]
    public async Task Leaves_a_catalog_that_holds_other_products_alone()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.Grains.GetGrain<IProductGrain>("85123A").UpsertAsync(new NewProduct("85123A", "Heart Holder", "Imported.", "Lighting", 2.55m, 100));

        (await Seeder(silo).SeedAsync(CancellationToken.None)).ShouldBe(0);

        (await Catalog(silo).CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Finishes_a_seed_that_was_interrupted_without_touching_what_it_wrote()
    {
        await using var silo = await ShopSilo.StartAsync();
        var first = DemoCatalog.Generate()[0];
        await silo.Grains.GetGrain<IProductGrain>(first.Id).UpsertAsync(first);
        await silo.Grains.GetGrain<IProductGrain>(first.Id).UpdateAsync(new ProductChange(Stock: 1));

        (await Seeder(silo).SeedAsync(CancellationToken.None)).ShouldBe(DemoCount - 1);

        (await Catalog(silo).CountAsync()).ShouldBe(DemoCount);
        (await silo.Grains.GetGrain<IProductGrain>(first.Id).GetAsync()).ShouldNotBeNull().Stock.ShouldBe(1);
    }

    static DemoCatalogSeeder Seeder(TestSilo silo) => new(silo.Grains, silo.Clock, NullLogger<DemoCatalogSeeder>.Instance);

    static ICatalogGrain Catalog(TestSilo silo) => silo.Grains.GetGrain<ICatalogGrain>(CatalogKeys.Main);
}
