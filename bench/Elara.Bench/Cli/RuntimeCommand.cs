using System.CommandLine;
using System.Globalization;
using Elara.Bench.Runtime;

namespace Elara.Bench.Cli;

/// <summary><c>bench runtime</c>: grain call throughput and latency, a hot grain, activation rate and memory per activation.</summary>
public static class RuntimeCommand
{
    public static Command Create()
    {
        var defaults = new RuntimeBenchOptions();
        var seconds = PositiveOption("--seconds", "Measured seconds of each call phase (after a warm-up).", defaults.Seconds);
        var grains = PositiveOption("--grains", "Grains the local-call phase spreads its calls over.", defaults.Grains);
        var callers = PositiveOption("--callers", "Concurrent async callers in the call and activation phases.", defaults.Callers);
        var activations = PositiveOption("--activations", "Fresh grains activated to measure activation rate and memory.", defaults.Activations);

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

    static Option<int> PositiveOption(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself; reading it here would throw.
            if (result.Tokens.Any(t => !int.TryParse(t.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)))
            {
                return;
            }

            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError($"{name} must be a positive whole number.");
            }
        });
        return option;
    }
}
