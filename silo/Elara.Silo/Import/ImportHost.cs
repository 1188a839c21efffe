using Elara.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Elara.Silo.Import;

/// <summary>
/// A silo in the importing process, wired exactly as the shop's (<see cref="SiloHostingExtensions.AddElaraSilo"/>) on the
/// SQLite file of a data folder. Its configuration is built here alone, so no environment variable can switch on the
/// demo catalog or the simulator during an import.
/// </summary>
public static class ImportHost
{
    public static IHost Build(string dataDir)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Elara:DataDir"] = dataDir,
            ["Elara:Storage:Provider"] = "sqlite",
        });

        // Only warnings, on standard error: the progress bars own standard output.
        builder.Services.AddLogging(logging => logging
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning));
        builder.AddElaraSilo();
        return builder.Build();
    }
}
