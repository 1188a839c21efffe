namespace Elara.Runtime.Timers;

/// <summary>
/// Timers made inside a turn would otherwise capture that turn's execution context (its call chain among it), and every
/// later tick would run as if still inside that turn. The runtime's own timers start from a clean context.
/// </summary>
internal static class DetachedTimer
{
    public static ITimer Create(TimeProvider clock, TimerCallback callback, object state)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return clock.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }
}
