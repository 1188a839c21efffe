using System.Diagnostics;
using Spectre.Console;

namespace Elara.Bench.Runtime;

/// <summary>Waits out a timed phase while moving its progress bar; the phase's exact length is timed by the caller.</summary>
public static class Ticker
{
    static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    public static async Task RunAsync(TimeSpan duration, ProgressTask progress, double offsetSeconds, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) is var elapsed && elapsed < duration)
        {
            progress.Value = offsetSeconds + elapsed.TotalSeconds;
            var left = duration - elapsed;
            await Task.Delay(left < Step ? left : Step, cancellationToken).ConfigureAwait(false);
        }

        progress.Value = offsetSeconds + duration.TotalSeconds;
    }
}
