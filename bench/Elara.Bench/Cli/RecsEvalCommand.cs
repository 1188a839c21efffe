using System.CommandLine;
using System.Globalization;
using Elara.Bench.Recommendations;
using Spectre.Console;

namespace Elara.Bench.Cli;

/// <summary>
/// <c>eval recs --data FILE --split yyyy-MM-dd [--k 10]</c>: popularity, item-kNN and Elara's hybrid recommender on a
/// time split of any file in the UCI Online Retail format, under one fixed protocol so figures compare.
/// </summary>
public static class RecsEvalCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            HelpName = "FILE",
            Description = "Purchases in the UCI Online Retail format (CSV, plain or .gz).",
            Required = true,
        };
        var split = new Option<string>("--split")
        {
            HelpName = "yyyy-MM-dd",
            Description = "Train on purchases before this day (UTC), test on the same customers' purchases from it on.",
            Required = true,
        };
        var k = new Option<int>("--k")
        {
            HelpName = "K",
            Description = "List length scored (HR, NDCG and MAP at K, recall at 2K).",
            DefaultValueFactory = _ => 10,
        };
        var command = new Command("recs", "Evaluate recommendations on a time split against popularity and item-kNN.") { data, split, k };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var file = parseResult.GetValue(data)!;
            var day = parseResult.GetValue(split)!;
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var splitDay))
            {
                await Console.Error.WriteLineAsync($"elara-bench: --split must be a date as yyyy-MM-dd (got '{day}').").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (parseResult.GetValue(k) is < 1 or > 100)
            {
                await Console.Error.WriteLineAsync("elara-bench: --k must be 1 to 100.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (!File.Exists(file))
            {
                await Console.Error.WriteLineAsync($"elara-bench: no such file: {file}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            RecsEvalResult result;
            try
            {
                result = RecsEvaluation.Run(new RecsEvalOptions(file, splitDay, parseResult.GetValue(k)));
            }
            catch (Exception e) when (e is InvalidDataException or FormatException)
            {
                await Console.Error.WriteLineAsync($"elara-bench: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            AnsiConsole.Write(RecsEvalReport.Table(result));

            // Written past Spectre so it is never wrapped or styled: scripts read the last line as JSON.
            Console.Out.WriteLine(RecsEvalReport.ToJson(result));
            await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
