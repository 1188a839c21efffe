using Elara.Grains.Catalog;
using Elara.Runtime;
using Elara.Silo.Catalog;
using Elara.Silo.Hosting;
using Elara.Silo.Simulation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Shouldly;

namespace Elara.Silo.Tests.Hosting;

/// <summary>The demo catalog and the simulator as the shop's hosts get them: through configuration of AddElaraSilo.</summary>
public sealed class SiloHostingTests
{
    [Fact]
    public async Task Neither_demo_products_nor_simulated_shoppers_run_by_default()
    {
        using var host = SiloHost();
        await host.StartAsync();

        host.Services.GetServices<IHostedService>().ShouldNotContain(s => s is DemoCatalogSeeder || s is ShopperSimulator);
        host.Services.GetService<ShopperSimulation>().ShouldBeNull();
        await host.StopAsync();
    }

    [Fact]
    public async Task With_the_demo_catalog_and_simulation_on_shoppers_shop_the_demo_products()
    {
        using var host = SiloHost(("Elara:Catalog", "demo"), ("Elara:Simulate", "on"), ("Elara:Simulation:EventsPerSecond", "200"));
        await host.StartAsync();
        var catalog = host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICatalogGrain>(CatalogKeys.Main);
        var simulation = host.Services.GetRequiredService<ShopperSimulation>();

        await Polling.UntilAsync(async () => await catalog.CountAsync() == DemoCatalog.Generate().Count, "the demo catalog is seeded");
        await Polling.UntilAsync(() => Task.FromResult(simulation.Stats.Counts.Events > 0), "simulated shoppers track events");
        await host.StopAsync();

        simulation.Stats.Counts.Errors.ShouldBe(0);
    }

    [Theory]
    [InlineData("Elara:Catalog", "lots")]
    [InlineData("Elara:Simulate", "yes")]
    public void An_unknown_switch_value_is_refused_by_name(string key, string value)
    {
        Should.Throw<InvalidOperationException>(() => SiloHost((key, value))).Message.ShouldContain(key);
    }

    [Fact]
    public async Task A_simulation_rate_that_is_not_positive_stops_the_start()
    {
        using var host = SiloHost(("Elara:Simulate", "on"), ("Elara:Simulation:EventsPerSecond", "0"));

        (await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync())).Message.ShouldContain("EventsPerSecond");
    }

    static IHost SiloHost(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(
            settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)).Append(KeyValuePair.Create("Elara:Storage:Provider", (string?)"memory")));
        builder.Services.AddLogging();
        builder.AddElaraSilo();
        return builder.Build();
    }
}
