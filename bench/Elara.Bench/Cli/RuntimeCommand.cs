using System.CommandLine;
using Elara.Bench.Runtime;

namespace Elara.Bench.Cli;

/// <summary><c>bench runtime</c>: grain call throughput and latency, a hot grain, activation rate and memory per activation.</summary>
public static class RuntimeCommand
{
    public static Command Create()
    {
        var defaults = new RuntimeBenchOptions();
        var seconds = PositiveOption.Create("--seconds", "Measured seconds of each call phase (after a warm-up).", defaults.Seconds);
        var grains = PositiveOption.Create("--grains", "Grains the local-call phase spreads its calls over.", defaults.Grains);
        var callers = PositiveOption.Create("--callers", "Concurrent async callers in the call and activation phases.", defaults.Callers);
        var activations = PositiveOption.Create("--activations", "Fresh grains activated to measure activation rate and memory.", defaults.Activations);

        var command = new Command("runtime", "Benchmark the grain runtime in-process: calls/s, latency, activations/s, bytes per activation.")
        {
            seconds,
            grains,
            callers,
            activations,
        };

        command.SetAction((parseResult, cancellationToken) => RuntimeBenchmark.RunAsync(
            new RuntimeBenchOptions
            {
                Seconds = parseResult.GetValue(seconds),
                Grains = parseResult.GetValue(grains),
                Callers = parseResult.GetValue(callers),
                Activations = parseResult.GetValue(activations),
            },
            cancellationToken));
        return command;
    }
}
