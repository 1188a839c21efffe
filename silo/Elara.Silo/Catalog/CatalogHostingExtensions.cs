using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Elara.Silo.Catalog;

public static class CatalogHostingExtensions
{
    /// <summary>"Elara:Catalog": "demo" seeds the demo products into an empty catalog; "none" (the default) adds nothing.</summary>
    public static IHostApplicationBuilder AddDemoCatalog(this IHostApplicationBuilder builder)
    {
        var mode = builder.Configuration["Elara:Catalog"] ?? "none";
        switch (mode.ToLowerInvariant())
        {
            case "demo":
                builder.Services.AddHostedService<DemoCatalogSeeder>();
                break;
            case "none":
                break;
            default:
                throw new InvalidOperationException($"Elara:Catalog '{mode}' is not one of demo, none.");
        }

        return builder;
    }
}
