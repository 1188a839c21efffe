using System.CommandLine;
using Elara.Bench.Assistant;

namespace Elara.Bench.Cli;

/// <summary><c>bench assistant</c>: the built-in assistant's reply latency over the scripted conversations.</summary>
public static class AssistantBenchCommand
{
    public static Command Create()
    {
        var defaults = new AssistantBenchOptions();
        var rounds = PositiveOption.Create("--rounds", "Times every script is played by a new shopper.", defaults.Rounds);
        var command = new Command("assistant", "Benchmark the built-in shopping assistant: reply latency p50/p95 over the scripts.")
        {
            rounds,
        };
        command.SetAction((parseResult, cancellationToken) =>
            AssistantBenchmark.RunAsync(new AssistantBenchOptions { Rounds = parseResult.GetValue(rounds) }, cancellationToken));
        return command;
    }
}
