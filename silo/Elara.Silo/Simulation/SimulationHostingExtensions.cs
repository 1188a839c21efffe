using Elara.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Elara.Silo.Simulation;

public static class SimulationHostingExtensions
{
    /// <summary>
    /// "Elara:Simulate": "on" runs simulated shoppers against this silo's grains (tuned by "Elara:Simulation"); "off", the
    /// default, runs none.
    /// </summary>
    public static IHostApplicationBuilder AddShopperSimulation(this IHostApplicationBuilder builder)
    {
        var mode = builder.Configuration["Elara:Simulate"] ?? "off";
        switch (mode.ToLowerInvariant())
        {
            case "on":
                builder.Services.AddOptions<SimulationOptions>()
                    .Bind(builder.Configuration.GetSection("Elara:Simulation"))
                    .Validate(o => o.EventsPerSecond is > 0 and <= 10_000, "Elara:Simulation:EventsPerSecond must be above 0 and at most 10000.")
                    .Validate(o => o.Shoppers is > 0 and <= 100_000, "Elara:Simulation:Shoppers must be from 1 to 100000.")
                    .Validate(o => o.RestockBelow >= 0 && o.RestockTo > o.RestockBelow, "Elara:Simulation:RestockTo must be above RestockBelow, which must not be negative.")
                    .Validate(o => o.CatalogRefresh > TimeSpan.Zero, "Elara:Simulation:CatalogRefresh must be positive.")
                    .ValidateOnStart();
                builder.Services.AddSingleton(services =>
                {
                    var options = services.GetRequiredService<IOptions<SimulationOptions>>().Value;
                    return new ShopperSimulation(
                        services.GetRequiredService<IGrainFactory>(),
                        services.GetRequiredService<TimeProvider>(),
                        new Random(options.Seed),
                        options,
                        services.GetRequiredService<ILogger<ShopperSimulation>>());
                });
                builder.Services.AddHostedService<ShopperSimulator>();
                break;
            case "off":
                break;
            default:
                throw new InvalidOperationException($"Elara:Simulate '{mode}' is not one of on, off.");
        }

        return builder;
    }
}
