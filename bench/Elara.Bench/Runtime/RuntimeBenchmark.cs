using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Elara.Bench.Cli;
using Elara.Bench.Runtime.Grains;
using Spectre.Console;

namespace Elara.Bench.Runtime;

/// <summary>
/// <c>bench runtime</c>: starts a silo in this process and measures (a) calls across many grains, (b) calls on one hot
/// grain, (c) activation rate and heap per idle activation against a plain-object baseline. Prints progress, a table,
/// and as the last stdout line one JSON object.
/// </summary>
public static class RuntimeBenchmark
{
    const int WarmUpActivations = 2_000;

    public static async Task<int> RunAsync(RuntimeBenchOptions options, CancellationToken cancellationToken)
    {
#if DEBUG
        AnsiConsole.MarkupLine("[yellow]warning: this is a Debug build; run with -c Release for figures worth reporting.[/]");
#endif
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            "[grey]{0} cores, {1}, server GC {2}, {3}[/]",
            Environment.ProcessorCount,
            Markup.Escape(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription),
            GCSettings.IsServerGC ? "on" : "off",
            Markup.Escape(System.Runtime.InteropServices.RuntimeInformation.OSDescription));

        RuntimeBenchResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var start = context.AddTask("Start silo", maxValue: 1);
                var prepare = context.AddTask($"Activate {options.Grains:N0} call targets", autoStart: false);
                var local = context.AddTask("Local calls (warm-up, then measured)", autoStart: false);
                var hot = context.AddTask("Hot grain (warm-up, then measured)", autoStart: false);
                var baseline = context.AddTask("Payload baseline", autoStart: false, maxValue: 1);
                var activate = context.AddTask($"Activate {options.Activations:N0} vector grains", autoStart: false);
                var stop = context.AddTask("Stop silo", autoStart: false, maxValue: 1);

                var silo = await BenchSilo.StartAsync(cancellationToken).ConfigureAwait(false);
                await using (silo.ConfigureAwait(false))
                {
                    start.Increment(1);
                    start.StopTask();

                    prepare.StartTask();
                    var targets = Enumerable.Range(0, options.Grains)
                        .Select(i => silo.Grains.GetGrain<IAdderGrain>("a-" + i.ToString(CultureInfo.InvariantCulture)))
                        .ToArray();
                    prepare.MaxValue = targets.Length;
                    foreach (var target in targets)
                    {
                        await target.AddAsync(0).ConfigureAwait(false);
                        prepare.Increment(1);
                    }

                    prepare.StopTask();

                    local.StartTask();
                    var localResult = await CallLoad.RunAsync(targets, options.Callers, options.WarmUp, TimeSpan.FromSeconds(options.Seconds), local, cancellationToken)
                        .ConfigureAwait(false);

                    hot.StartTask();
                    var hotResult = await CallLoad.RunAsync([targets[0]], options.Callers, options.WarmUp, TimeSpan.FromSeconds(options.Seconds), hot, cancellationToken)
                        .ConfigureAwait(false);

                    // Drop the call phases' references so the activation phase's heap readings see only activations.
                    targets = null;

                    baseline.StartTask();
                    var payload = PayloadBaseline.Measure(options.Activations);
                    baseline.Increment(1);
                    baseline.StopTask();

                    // Warm the activation path (JIT, caches, dictionary growth code) before the measured run.
                    await ActivationLoad.RunAsync(silo.Grains, "w-", WarmUpActivations, options.Callers, null, cancellationToken).ConfigureAwait(false);
                    activate.StartTask();
                    var activationResult = await ActivationLoad.RunAsync(
                        silo.Grains, ActivationLoad.KeyPrefix, options.Activations, options.Callers, activate, cancellationToken).ConfigureAwait(false);

                    stop.StartTask();
                    var stopping = Stopwatch.GetTimestamp();
                    await silo.StopAsync().ConfigureAwait(false);
                    var stopSeconds = Stopwatch.GetElapsedTime(stopping).TotalSeconds;
                    stop.Increment(1);
                    stop.StopTask();

                    result = new RuntimeBenchResult(options, localResult, hotResult, activationResult, payload, stopSeconds);
                }
            }).ConfigureAwait(false);

        if (result is null)
        {
            return ExitCodes.Failure;
        }

        AnsiConsole.Write(RuntimeReport.Build(result));

        // Written past Spectre so it is never wrapped or styled: scripts read the last line as JSON.
        Console.Out.WriteLine(result.ToJson());
        await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
