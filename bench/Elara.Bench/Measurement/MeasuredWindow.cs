using System.Diagnostics;

namespace Elara.Bench.Measurement;

/// <summary>
/// The measured part of a run of load: workers loop until <see cref="Stopping"/> and count only while
/// <see cref="IsOpen"/>; <see cref="RunAsync"/> lets them warm up, opens the window, closes it, stops them and says how
/// long the window was open.
/// </summary>
public sealed class MeasuredWindow : IDisposable
{
    readonly CancellationTokenSource stop = new();
    int open;

    public bool IsOpen => Volatile.Read(ref open) == 1;

    public CancellationToken Stopping => stop.Token;

    public async Task<TimeSpan> RunAsync(IEnumerable<Task> workers, TimeSpan warmup, TimeSpan measured, CancellationToken cancellationToken)
    {
        await Task.Delay(warmup, cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        Volatile.Write(ref open, 1);
        await Task.Delay(measured, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref open, 0);
        var elapsed = clock.Elapsed;
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
        return elapsed;
    }

    public void Dispose() => stop.Dispose();
}
