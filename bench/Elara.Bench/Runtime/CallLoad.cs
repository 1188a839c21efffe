using System.Diagnostics;
using Elara.Bench.Measurement;
using Elara.Bench.Runtime.Grains;
using Spectre.Console;

namespace Elara.Bench.Runtime;

/// <summary>
/// Concurrent async callers, each calling random grains out of a set as fast as it can: a warm-up, then a measured window
/// in which every call's latency goes into the caller's own histogram.
/// </summary>
public sealed class CallLoad
{
    // A grain call that finds its activation free completes synchronously, so a caller would otherwise never give its
    // thread back and the pool would run a few callers while the rest starve. Yielding every few calls lets all callers
    // share the cores, at a small cost to throughput (the yield itself is outside the timed call).
    const int CallsPerYield = 16;

    const int Warming = 0;
    const int Measuring = 1;
    const int Stopped = 2;

    readonly IAdderGrain[] targets;
    readonly LatencyHistogram[] histograms;
    volatile int phase = Warming;

    CallLoad(IAdderGrain[] targets, int callers)
    {
        this.targets = targets;
        histograms = new LatencyHistogram[callers];
        for (var i = 0; i < callers; i++)
        {
            histograms[i] = new LatencyHistogram();
        }
    }

    public static async Task<CallPhaseResult> RunAsync(
        IAdderGrain[] targets, int callers, TimeSpan warmUp, TimeSpan duration, ProgressTask progress, CancellationToken cancellationToken)
    {
        var load = new CallLoad(targets, callers);
        var tasks = new Task[callers];
        for (var i = 0; i < callers; i++)
        {
            var histogram = load.histograms[i];
            tasks[i] = Task.Run(() => load.RunCallerAsync(histogram), CancellationToken.None);
        }

        progress.MaxValue = (warmUp + duration).TotalSeconds;
        long measureStart = 0;
        long measureEnd;
        var gcStart = default(GcSnapshot);
        GcSnapshot gc;
        int poolThreads;
        try
        {
            await Ticker.RunAsync(warmUp, progress, 0, cancellationToken).ConfigureAwait(false);
            gcStart = GcSnapshot.Take();
            measureStart = Stopwatch.GetTimestamp();
            load.phase = Measuring;
            await Ticker.RunAsync(duration, progress, warmUp.TotalSeconds, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            measureEnd = Stopwatch.GetTimestamp();
            load.phase = Stopped;
            gc = GcSnapshot.Take().Since(gcStart);
            poolThreads = ThreadPool.ThreadCount;
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }

        progress.Value = progress.MaxValue;
        progress.StopTask();

        var all = new LatencyHistogram();
        foreach (var histogram in load.histograms)
        {
            all.Add(histogram);
        }

        var seconds = Stopwatch.GetElapsedTime(measureStart, measureEnd).TotalSeconds;
        return new CallPhaseResult(all.Count, seconds, all, gc, poolThreads);
    }

    async Task RunCallerAsync(LatencyHistogram histogram)
    {
        var random = new Random();
        var count = targets.Length;
        while (true)
        {
            for (var i = 0; i < CallsPerYield; i++)
            {
                var grain = targets[count == 1 ? 0 : random.Next(count)];
                var start = Stopwatch.GetTimestamp();
                await grain.AddAsync(1).ConfigureAwait(false);
                var end = Stopwatch.GetTimestamp();
                var current = phase;
                if (current == Measuring)
                {
                    histogram.Record(end - start);
                }
                else if (current == Stopped)
                {
                    return;
                }
            }

            await Task.Yield();
        }
    }
}
