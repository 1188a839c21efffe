using Elara.Silo.Hosting;
using Elara.Silo.Import;

namespace Elara.Silo;

/// <summary>
/// A standalone silo process: a member of a silo cluster (membership, transport, health endpoints), or,
/// with "import ...", a one-off import into a data folder's store.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["import", .. var importArgs])
        {
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                // The first Ctrl-C stops the import cleanly (the silo still writes what it holds); a second one kills.
                e.Cancel = !cancel.IsCancellationRequested;
                cancel.Cancel();
            };
            return await new ImportCommand(ImportCommand.CreateConsole(), Console.Error, TimeProvider.System)
                .RunAsync(importArgs, cancel.Token)
                .ConfigureAwait(false);
        }

        if (args is ["migrate", ..])
        {
            // A one-shot migration (deploy's job): silos migrate at start-up too, under a lock, so this is optional.
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args[1..]).Build();
            var connection = configuration.GetConnectionString("Elara")
                ?? throw new InvalidOperationException("migrate needs ConnectionStrings__Elara.");
            await using var store = await Elara.Runtime.Storage.PostgreSqlStore.OpenAsync(connection).ConfigureAwait(false);
            await Console.Out.WriteLineAsync("elara-silo: migrations applied").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddInMemoryCollection(StandaloneDefaults(builder.Configuration));
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        builder.AddElaraSilo();
        var app = builder.Build();
        app.MapElaraHealth();
        await app.RunAsync().ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>
    /// A standalone silo is a cluster member: clustering is on, state writes use the journal with group commit, PostgreSQL is the store when ConnectionStrings__Elara is
    /// set, and the short variables ELARA_CLUSTER_ID, ELARA_SILO_NAME, ELARA_SILO_PORT, ELARA_GATEWAY_PORT,
    /// ELARA_LISTEN_ADDRESS and ELARA_ADVERTISED_HOST stand for the Elara__Cluster__* settings.
    /// </summary>
    static Dictionary<string, string?> StandaloneDefaults(IConfiguration configuration)
    {
        var defaults = new Dictionary<string, string?> { ["Elara:Cluster:Enabled"] = "true", ["Elara:Runtime:GroupCommit"] = "true" };
        if (configuration.GetConnectionString("Elara") is { Length: > 0 } && configuration["Elara:Storage:Provider"] is null)
        {
            defaults["Elara:Storage:Provider"] = "postgres";
        }

        foreach (var (variable, key) in new[]
        {
            ("ELARA_CLUSTER_ID", "ClusterId"), ("ELARA_SILO_NAME", "SiloName"), ("ELARA_SILO_PORT", "SiloPort"),
            ("ELARA_GATEWAY_PORT", "GatewayPort"), ("ELARA_LISTEN_ADDRESS", "ListenAddress"), ("ELARA_ADVERTISED_HOST", "AdvertisedHost"),
        })
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
            {
                defaults[$"Elara:Cluster:{key}"] = value;
            }
        }

        return defaults;
    }
}
