using System.CommandLine;
using System.Globalization;
using Elara.Bench.Search.Eval;
using Spectre.Console;

namespace Elara.Bench.Cli;

/// <summary>
/// <c>eval search</c>: Elara's catalog search against PostgreSQL full-text search, on known-item queries made from a
/// retail catalog or on the WANDS relevance set. <c>--queries</c> is a count in one mode and a file in the other,
/// as each data set names it, so it is read as text and checked per mode.
/// </summary>
public static class SearchEvalCommand
{
    const string KnownItem = "known-item";
    const string Wands = "wands";
    const int DefaultQueries = 2000;
    const int DefaultSeed = 42;

    public static Command Create()
    {
        var mode = new Option<string>("--mode")
        {
            Description = $"{KnownItem}: noisy queries for products of a UCI Online Retail file; {Wands}: the WANDS judged queries.",
            Required = true,
        };
        mode.AcceptOnlyFromAmong(KnownItem, Wands);
        var data = new Option<string>("--data")
        {
            HelpName = "FILE",
            Description = $"{KnownItem}: the catalog, UCI Online Retail CSV (plain or .gz).",
        };
        var queries = new Option<string>("--queries")
        {
            HelpName = "N|FILE",
            Description = $"{KnownItem}: how many queries (default {DefaultQueries}); {Wands}: query.csv.",
        };
        var seed = new Option<int>("--seed")
        {
            HelpName = "S",
            Description = $"{KnownItem}: seed for sampling products and noise.",
            DefaultValueFactory = _ => DefaultSeed,
        };
        var products = new Option<string>("--products")
        {
            HelpName = "FILE",
            Description = $"{Wands}: product.csv (tab-separated).",
        };
        var labels = new Option<string>("--labels")
        {
            HelpName = "FILE",
            Description = $"{Wands}: label.csv (tab-separated).",
        };

        var command = new Command("search", "Evaluate catalog search quality and latency against PostgreSQL full-text search.")
        {
            mode, data, queries, seed, products, labels,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var given = new Dictionary<string, string?>
            {
                ["--data"] = parseResult.GetValue(data),
                ["--queries"] = parseResult.GetValue(queries),
                ["--products"] = parseResult.GetValue(products),
                ["--labels"] = parseResult.GetValue(labels),
            };
            return parseResult.GetValue(mode) == KnownItem
                ? await RunKnownItemAsync(given, parseResult.GetValue(seed), cancellationToken).ConfigureAwait(false)
                : await RunWandsAsync(given, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    static async Task<int> RunKnownItemAsync(Dictionary<string, string?> given, int seed, CancellationToken cancellationToken)
    {
        if ((Unexpected(given, KnownItem, "--products", "--labels") ?? Missing(given, KnownItem, "--data")) is { } problem)
        {
            return UsageError(problem);
        }

        var count = DefaultQueries;
        if (given["--queries"] is { } text && (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out count) || count <= 0))
        {
            return UsageError($"--queries must be a positive whole number in {KnownItem} mode (got '{text}').");
        }

        return await RunAsync([given["--data"]!], ct => KnownItemEvaluation.RunAsync(new KnownItemOptions(given["--data"]!, count, seed), ct), cancellationToken)
            .ConfigureAwait(false);
    }

    static async Task<int> RunWandsAsync(Dictionary<string, string?> given, CancellationToken cancellationToken)
    {
        if ((Unexpected(given, Wands, "--data") ?? Missing(given, Wands, "--products", "--queries", "--labels")) is { } problem)
        {
            return UsageError(problem);
        }

        var options = new WandsOptions(given["--products"]!, given["--queries"]!, given["--labels"]!);
        return await RunAsync([options.Products, options.Queries, options.Labels], ct => WandsEvaluation.RunAsync(options, ct), cancellationToken)
            .ConfigureAwait(false);
    }

    static async Task<int> RunAsync(string[] files, Func<CancellationToken, Task<EvalOutcome>> evaluate, CancellationToken cancellationToken)
    {
        if (files.FirstOrDefault(f => !File.Exists(f)) is { } absent)
        {
            await Console.Error.WriteLineAsync($"elara-bench: no such file: {absent}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

#if DEBUG
        AnsiConsole.MarkupLine("[yellow]warning: this is a Debug build; run with -c Release for latencies worth reporting.[/]");
#endif
        EvalOutcome outcome;
        try
        {
            outcome = await evaluate(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            // A malformed file: say where, without a stack trace.
            await Console.Error.WriteLineAsync($"elara-bench: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        AnsiConsole.Write(SearchEvalReport.Systems(outcome));
        if (outcome.ByNoise.Count > 0)
        {
            AnsiConsole.Write(SearchEvalReport.Noise(outcome));
        }

        // Written past Spectre so it is never wrapped or styled: scripts read the last line as JSON.
        Console.Out.WriteLine(SearchEvalReport.ToJson(outcome));
        await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    static string? Unexpected(Dictionary<string, string?> given, string mode, params string[] names) =>
        names.FirstOrDefault(n => given[n] is not null) is { } name ? $"{name} does not apply to --mode {mode}." : null;

    static string? Missing(Dictionary<string, string?> given, string mode, params string[] names) =>
        names.FirstOrDefault(n => string.IsNullOrWhiteSpace(given[n])) is { } name ? $"--mode {mode} needs {name}." : null;

    static int UsageError(string message)
    {
        Console.Error.WriteLine($"elara-bench: {message}");
        Console.Error.WriteLine("Run with --help for usage.");
        return ExitCodes.Usage;
    }
}
