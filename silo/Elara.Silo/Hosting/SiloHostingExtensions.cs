using Elara.Grains;
using Elara.Runtime.Hosting;
using Elara.Silo.Catalog;
using Elara.Silo.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Elara.Silo.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>
    /// Runs an Elara silo in this host with Elara's grains, configured from "Elara:Storage:Provider", "Elara:DataDir",
    /// "ConnectionStrings:Elara" and "Elara:Runtime" (timeouts, collection age), plus the demo catalog ("Elara:Catalog")
    /// and simulated shoppers ("Elara:Simulate") when asked for. They start after the silo, and stop before it.
    /// </summary>
    public static IHostApplicationBuilder AddElaraSilo(this IHostApplicationBuilder builder)
    {
        var storage = new SiloStorageOptions
        {
            Provider = builder.Configuration["Elara:Storage:Provider"] ?? "sqlite",
            DataDir = builder.Configuration["Elara:DataDir"] ?? ".elara",
        };
        var silo = builder.Services
            .AddElaraSilo(options => builder.Configuration.GetSection("Elara:Runtime").Bind(options))
            .AddGrains(ElaraGrains.Assembly);
        builder.Services.AddElaraShop();
        switch (storage.Provider.ToLowerInvariant())
        {
            case "sqlite":
                silo.UseSqliteStorage(Path.Combine(Path.GetFullPath(storage.DataDir), "elara.db"));
                break;
            case "postgres" or "postgresql":
                silo.UsePostgreSqlStorage(builder.Configuration.GetConnectionString("Elara")
                    ?? throw new InvalidOperationException("Elara:Storage:Provider is postgres but ConnectionStrings:Elara is not set."));
                break;
            case "memory":
                silo.UseMemoryStorage();
                break;
            default:
                throw new InvalidOperationException($"Elara:Storage:Provider '{storage.Provider}' is not one of sqlite, postgres, memory.");
        }

        builder.Services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo", tags: ["ready"]);
        builder.AddDemoCatalog();
        builder.AddShopperSimulation();
        return builder;
    }

    /// <summary>/health/live answers while the process runs; /health/ready only once the silo takes calls.</summary>
    public static WebApplication MapElaraHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
