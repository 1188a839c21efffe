namespace Elara.Runtime.Timers;

/// <summary>An in-memory timer whose ticks run as turns of its grain; it ends with the activation.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Moves the next tick to <paramref name="dueTime"/> from now, then every <paramref name="period"/> (infinite = once).</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}
