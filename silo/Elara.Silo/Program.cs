using Elara.Silo.Hosting;
using Elara.Silo.Import;

namespace Elara.Silo;

/// <summary>
/// A standalone silo process serving only health endpoints (the cluster issue adds its transport and membership), or,
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

        var builder = WebApplication.CreateBuilder(args);
        builder.AddElaraSilo();
        var app = builder.Build();
        app.MapElaraHealth();
        await app.RunAsync().ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
