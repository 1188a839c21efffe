using Elara.Runtime.Timers;

namespace Elara.Grains.Persistence;

/// <summary>
/// Writes a grain's state once, a short while after the first of a burst of changes: for data that may lag the store
/// (counters, catalog entries) without a write per change. The runtime also writes changed state at deactivation.
/// </summary>
public sealed class DeferredWrite(Func<CancellationToken, Task> write)
{
    /// <summary>How long a change may wait for its write.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(5);

    IGrainTimer? timer;

    /// <summary>Plans a write unless one is planned; <paramref name="registerTimer"/> is the grain's RegisterGrainTimer.</summary>
    public void Schedule(Func<Func<CancellationToken, Task>, TimeSpan, TimeSpan, IGrainTimer> registerTimer) =>
        timer ??= registerTimer(FlushAsync, Delay, Timeout.InfiniteTimeSpan);

    /// <summary>Drops the planned write: the grain has just written everything.</summary>
    public void Cancel()
    {
        timer?.Dispose();
        timer = null;
    }

    async Task FlushAsync(CancellationToken cancellationToken)
    {
        // The timer goes only once the write is done: disposing it cancels the token the write was handed.
        var firing = timer;
        timer = null;
        try
        {
            await write(cancellationToken);
        }
        finally
        {
            firing?.Dispose();
        }
    }
}
