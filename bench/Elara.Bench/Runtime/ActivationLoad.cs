using System.Diagnostics;
using System.Globalization;
using Elara.Bench.Measurement;
using Elara.Bench.Runtime.Grains;
using Elara.Runtime;
using Spectre.Console;

namespace Elara.Bench.Runtime;

/// <summary>
/// Activates fresh vector grains through concurrent first calls and measures the rate and the heap each idle activation
/// keeps. Only the runtime holds the activations: no grain reference outlives its call.
/// </summary>
public static class ActivationLoad
{
    const int CallsPerYield = 16;
    const int ProgressEvery = 1024;

    /// <summary>Same length as the baseline's prefix, so keys cost the same in both.</summary>
    public const string KeyPrefix = "v-";

    public static async Task<ActivationPhaseResult> RunAsync(
        IGrainFactory grains, string prefix, int count, int callers, ProgressTask? progress, CancellationToken cancellationToken)
    {
        callers = Math.Min(callers, count);
        if (progress is not null)
        {
            progress.MaxValue = count;
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var gcStart = GcSnapshot.Take();
        var started = Stopwatch.GetTimestamp();
        var tasks = new Task[callers];
        for (var c = 0; c < callers; c++)
        {
            var first = c;
            tasks[c] = Task.Run(() => ActivateSliceAsync(grains, prefix, first, callers, count, progress, cancellationToken), cancellationToken);
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var gc = GcSnapshot.Take().Since(gcStart);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        progress?.StopTask();
        return new ActivationPhaseResult(count, seconds, after - before, gc);
    }

    static async Task ActivateSliceAsync(
        IGrainFactory grains, string prefix, int first, int stride, int count, ProgressTask? progress, CancellationToken cancellationToken)
    {
        var done = 0;
        for (var i = first; i < count; i += stride)
        {
            await grains.GetGrain<IVectorGrain>(prefix + i.ToString(CultureInfo.InvariantCulture)).DimensionsAsync().ConfigureAwait(false);
            if (++done % CallsPerYield == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
            }

            if (done % ProgressEvery == 0)
            {
                progress?.Increment(ProgressEvery);
            }
        }

        progress?.Increment(done % ProgressEvery);
    }
}
