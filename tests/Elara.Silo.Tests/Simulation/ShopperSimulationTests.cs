using Elara.Grains.Products;
using Elara.Grains.Users;
using Elara.Runtime.Testing.Silos;
using Elara.Silo.Catalog;
using Elara.Silo.Simulation;
using Microsoft.Extensions.Logging.Abstractions;
using Shouldly;

namespace Elara.Silo.Tests.Simulation;

public sealed class ShopperSimulationTests
{
    [Fact]
    public async Task Simulated_shoppers_browse_fill_carts_and_pay_for_orders()
    {
        await using var silo = await ShopSilo.StartAsync();
        await new DemoCatalogSeeder(silo.Grains, silo.Clock, NullLogger<DemoCatalogSeeder>.Instance).SeedAsync(CancellationToken.None);
        var simulation = Simulation(silo, new SimulationOptions { Shoppers = 6 }, seed: 7);

        await StepAsync(simulation, 600);

        var counts = simulation.Stats.Counts;
        counts.Errors.ShouldBe(0);
        counts.Events.ShouldBeGreaterThan(500);
        counts.AddsToCart.ShouldBeGreaterThan(0);
        counts.PaidOrders.ShouldBeGreaterThan(0);
        await silo.FlushBehaviourAsync();
        var counters = await Task.WhenAll(DemoCatalog.Generate().Select(async p => (await silo.Grains.GetGrain<IProductGrain>(p.Id).GetAsync())!.Counters));
        counters.Sum(c => c.Views).ShouldBeGreaterThan(0);
        counters.Sum(c => c.AddsToCart).ShouldBeGreaterThan(0);
        counters.Sum(c => c.Purchases).ShouldBeGreaterThan(0);
        var orders = await Task.WhenAll(simulation.Shoppers.Select(s => silo.Grains.GetGrain<IUserGrain>(s.Id).GetOrderIdsAsync()));
        orders.Sum(o => o.Count).ShouldBe((int)counts.PaidOrders);
        simulation.Shoppers[0].Id.ShouldBe("a-sim-0001");
    }

    [Fact]
    public async Task Products_that_run_low_are_restocked()
    {
        await using var silo = await ShopSilo.StartAsync();
        foreach (var id in new[] { "mug-1", "mug-2", "mug-3" })
        {
            await silo.Grains.GetGrain<IProductGrain>(id).UpsertAsync(new NewProduct(id, $"Stoneware Mug {id[^1]}", "A mug.", "Kitchen", 6.50m, 2));
        }

        var simulation = Simulation(silo, new SimulationOptions { Shoppers = 3, RestockBelow = 5, RestockTo = 40 }, seed: 3);
        await StepAsync(simulation, 400);

        simulation.Stats.Counts.Restocks.ShouldBeGreaterThan(0);
        simulation.Stats.Counts.Errors.ShouldBe(0);
        var histories = await Task.WhenAll(new[] { "mug-1", "mug-2", "mug-3" }.Select(async id => (await silo.Grains.GetGrain<IProductGrain>(id).GetAsync())!.StockHistory));
        histories.SelectMany(h => h).ShouldContain(point => point.Stock == 40);
    }

    [Fact]
    public async Task The_same_seed_replays_the_same_shopping()
    {
        async Task<SimulationCounts> RunAsync()
        {
            await using var silo = await ShopSilo.StartAsync();
            await new DemoCatalogSeeder(silo.Grains, silo.Clock, NullLogger<DemoCatalogSeeder>.Instance).SeedAsync(CancellationToken.None);
            var simulation = Simulation(silo, new SimulationOptions { Shoppers = 4 }, seed: 11);
            await StepAsync(simulation, 200);
            return simulation.Stats.Counts;
        }

        (await RunAsync()).ShouldBe(await RunAsync());
    }

    [Fact]
    public async Task Without_products_a_step_does_nothing_and_fails_nothing()
    {
        await using var silo = await ShopSilo.StartAsync();
        var simulation = Simulation(silo, new SimulationOptions(), seed: 1);

        (await simulation.StepAsync()).ShouldBe(0);

        simulation.Stats.Counts.ShouldBe(new SimulationCounts(0, 0, 0, 0, 0, 0, 0, 0));
    }

    internal static ShopperSimulation Simulation(TestSilo silo, SimulationOptions options, int seed) =>
        new(silo.Grains, silo.Clock, new Random(seed), options, NullLogger<ShopperSimulation>.Instance);

    static async Task StepAsync(ShopperSimulation simulation, int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            await simulation.StepAsync();
        }
    }
}
