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

        if (builder.Configuration.GetValue<bool>("Elara:Cluster:Enabled"))
        {
            silo.UseCluster(options => builder.Configuration.GetSection("Elara:Cluster").Bind(options));
        }

        builder.Services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo", tags: ["ready"]);
        builder.AddDemoCatalog();
        builder.AddShopperSimulation();
        builder.AddElaraTelemetry();
        return builder;
    }

    /// <summary>
    /// Makes this host a pure client of a silo cluster (no grains here): it reads the cluster's membership from
    /// PostgreSQL ("ConnectionStrings:Elara"; "Elara:Storage:Provider" sqlite with "Elara:DataDir" works for a cluster
    /// on one machine) and sends each call straight to the grain's home silo. "Elara:Cluster" sets the cluster id and
    /// timings; the demo catalog and simulated shoppers run from here when asked for.
    /// </summary>
    public static IHostApplicationBuilder AddElaraClusterClient(this IHostApplicationBuilder builder)
    {
        var client = builder.Services
            .AddElaraSilo(options => builder.Configuration.GetSection("Elara:Runtime").Bind(options))
            .AddGrains(ElaraGrains.Assembly);
        var provider = builder.Configuration["Elara:Storage:Provider"] ?? "postgres";
        if (provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            client.UseSqliteStorage(Path.Combine(Path.GetFullPath(builder.Configuration["Elara:DataDir"] ?? ".elara"), "elara.db"));
        }
        else
        {
            client.UsePostgreSqlStorage(builder.Configuration.GetConnectionString("Elara")
                ?? throw new InvalidOperationException("A cluster client needs ConnectionStrings:Elara (the cluster's PostgreSQL)."));
        }

        client.AsClusterClient(options => builder.Configuration.GetSection("Elara:Cluster").Bind(options));
        builder.Services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo", tags: ["ready"]);
        builder.AddDemoCatalog();
        builder.AddShopperSimulation();
        builder.AddElaraTelemetry();
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
