using Elara.Runtime.Testing.Hosts;
using System.Globalization;
using Elara.Bench.Cli;
using Elara.Bench.Search;
using Spectre.Console;

namespace Elara.Bench.Recommendations.Bench;

/// <summary>
/// <c>bench recs</c>: recommendation latency in-grain and through the real API, event-to-vector update throughput and
/// memory per active shopper on a synthetic catalog, with a full-scan baseline. Prints progress, a table, and as the last
/// stdout line one JSON object.
/// </summary>
public static class RecsBenchmark
{
    public static async Task<int> RunAsync(RecsBenchOptions options, CancellationToken cancellationToken)
    {
#if DEBUG
        AnsiConsole.MarkupLine("[yellow]warning: this is a Debug build; run with -c Release for figures worth reporting.[/]");
#endif
        var root = RepositoryRoot.Find();
        var apiDll = root is null ? null : Path.Combine(root, ApiProcess.DllPath);
        if (apiDll is null || !File.Exists(apiDll))
        {
            await Console.Error.WriteLineAsync(
                $"elara-bench: the API build is missing ({ApiProcess.DllPath}); run `dotnet build api/Elara.Api -c Release` or `./elara bench recs`, which builds it.")
                .ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0} cores, {1}[/]",
            Environment.ProcessorCount, Markup.Escape(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription));

        var products = BenchCatalog.Generate(options.Products, options.Seed);
        var sessions = new ShopperSessions(products, options.Seed);
        RecsBenchResult? result = null;
        await SearchProgress.Create().StartAsync(async progress =>
        {
            var grain = await GrainPhase.RunAsync(options, products, sessions, progress, cancellationToken).ConfigureAwait(false);

            // The silo and its 100k shoppers are gone before the API process starts: the two parts do not share the heap.
            GC.Collect();
            var api = await ApiPhase.RunAsync(options, reuseLists: true, apiDll, products, sessions, progress, cancellationToken).ConfigureAwait(false);
            var computed = options.WithoutReuse
                ? await ApiPhase.RunAsync(options, reuseLists: false, apiDll, products, sessions, progress, cancellationToken).ConfigureAwait(false)
                : null;
            result = new RecsBenchResult(options, grain, api, computed);
        }).ConfigureAwait(false);

        if (result is null)
        {
            return ExitCodes.Failure;
        }

        AnsiConsole.Write(RecsBenchReport.Build(result));

        // Written past Spectre so it is never wrapped or styled: scripts read the last line as JSON.
        Console.Out.WriteLine(result.ToJson());
        await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
