using Elara.Grains.Products;
using Elara.Silo.Simulation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Shouldly;

namespace Elara.Silo.Tests.Simulation;

public sealed class ShopperSimulatorTests
{
    static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Keeps_to_the_configured_rate_on_the_injected_clock_and_stops_promptly()
    {
        await using var silo = await ShopSilo.StartAsync();
        for (var i = 1; i <= 12; i++)
        {
            var id = $"lamp-{i}";
            await silo.Grains.GetGrain<IProductGrain>(id).UpsertAsync(new NewProduct(id, $"Brass Lamp {i}", "A lamp.", "Lighting", 10m + i, 50));
        }

        var options = new SimulationOptions { EventsPerSecond = 10, Shoppers = 4 };
        var simulation = ShopperSimulationTests.Simulation(silo, options, seed: 5);
        using var simulator = new ShopperSimulator(simulation, Options.Create(options), silo.Clock, NullLogger<ShopperSimulator>.Instance);
        await simulator.StartAsync(CancellationToken.None);

        var advanced = TimeSpan.Zero;
        while (simulation.Stats.Counts.Events < 30 && advanced < TimeSpan.FromMinutes(1))
        {
            silo.Clock.Advance(Tick);
            advanced += Tick;
            await Task.Delay(2);
        }

        var events = simulation.Stats.Counts.Events;
        events.ShouldBeGreaterThanOrEqualTo(30);

        // Never ahead of the clock: the rate times the time, plus the one event (or click and view) a step may overshoot by.
        events.ShouldBeLessThanOrEqualTo((long)(options.EventsPerSecond * advanced.TotalSeconds) + 2);

        var stopping = simulator.StopAsync(CancellationToken.None);
        (await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(5)))).ShouldBe(stopping);
        var stoppedAt = simulation.Stats.Counts.Events;
        silo.Clock.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(50);
        simulation.Stats.Counts.Events.ShouldBe(stoppedAt);
    }

    [Fact]
    public async Task Waits_for_products_instead_of_failing()
    {
        await using var silo = await ShopSilo.StartAsync();
        var options = new SimulationOptions { EventsPerSecond = 20, Shoppers = 2 };
        var simulation = ShopperSimulationTests.Simulation(silo, options, seed: 9);
        using var simulator = new ShopperSimulator(simulation, Options.Create(options), silo.Clock, NullLogger<ShopperSimulator>.Instance);
        await simulator.StartAsync(CancellationToken.None);
        silo.Clock.Advance(TimeSpan.FromSeconds(30));

        await silo.Grains.GetGrain<IProductGrain>("vase-1").UpsertAsync(new NewProduct("vase-1", "Marble Vase", "A vase.", "Home Decor", 30m, 50));
        var advanced = TimeSpan.Zero;
        while (simulation.Stats.Counts.Events == 0 && advanced < TimeSpan.FromMinutes(5))
        {
            silo.Clock.Advance(Tick);
            advanced += Tick;
            await Task.Delay(2);
        }

        simulation.Stats.Counts.Events.ShouldBeGreaterThan(0);
        simulation.Stats.Counts.Errors.ShouldBe(0);
        await simulator.StopAsync(CancellationToken.None);
    }
}
