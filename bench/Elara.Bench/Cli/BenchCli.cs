using System.CommandLine;
using Spectre.Console;

namespace Elara.Bench.Cli;

/// <summary>The command line: <c>bench &lt;name&gt; [options]</c> runs a benchmark, <c>eval &lt;name&gt; [options]</c> an evaluation.</summary>
public static class BenchCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (Console.IsOutputRedirected)
        {
            // Output captured by a script or a file: plain text, no colours or cursor tricks, and no wrapping at 80 columns.
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            AnsiConsole.Console.Profile.Width = 120;
        }

        var bench = new Command("bench", "Run a benchmark.")
        {
            RuntimeCommand.Create(),
            SearchBenchCommand.Create(),
            TrendingCommand.Create(),
            AssistantBenchCommand.Create(),
        };

        var root = new RootCommand("Elara benchmarks and offline evaluations.")
        {
            bench,
            EvalCommand.Create(),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine exits 1 on parse errors; callers expect 2 for a usage mistake.
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"elara-bench: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync().ConfigureAwait(false);
    }
}
