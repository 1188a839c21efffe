using Elara.Silo.Hosting;

namespace Elara.Api.Hosting;

public static class BackendHostingExtensions
{
    /// <summary>
    /// Where the API's grains live, by "Elara:Api:Mode": "embedded" (the default) co-hosts a silo in this process;
    /// "client" makes the API a pure client of a silo cluster (membership read from "ConnectionStrings:Elara", each
    /// call sent straight to the grain's home silo).
    /// </summary>
    public static IHostApplicationBuilder AddElaraBackend(this IHostApplicationBuilder builder)
    {
        var mode = builder.Configuration["Elara:Api:Mode"] ?? "embedded";
        return mode.ToLowerInvariant() switch
        {
            "embedded" => builder.AddElaraSilo(),
            "client" => builder.AddElaraClusterClient(),
            _ => throw new InvalidOperationException($"Elara:Api:Mode '{mode}' is not one of embedded, client."),
        };
    }
}
