namespace Elara.Bench.Measurement;

/// <summary>
/// When each request of an open-loop run is due: request i at i / rate seconds from the start, whatever happened to the
/// requests before it. Latency measured from these times counts the wait of a request the server (or the in-flight cap)
/// held back, so a stall is not hidden by sending less (no coordinated omission).
/// </summary>
public sealed class OpenLoopSchedule
{
    readonly long ticksPerSecond;
    readonly int rate;

    public OpenLoopSchedule(int rate, int seconds, long ticksPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(seconds, 1);
        this.rate = rate;
        this.ticksPerSecond = ticksPerSecond;
        Total = (long)rate * seconds;
    }

    public long Total { get; }

    /// <summary>Ticks from the start at which request <paramref name="index"/> is due.</summary>
    public long DueAt(long index) => (long)Math.Ceiling((decimal)index * ticksPerSecond / rate);

    /// <summary>How many requests are due once <paramref name="elapsedTicks"/> have passed: those with <see cref="DueAt"/> at or before it.</summary>
    public long DueBy(long elapsedTicks) =>
        elapsedTicks < 0 ? 0 : Math.Min(Total, (long)((decimal)elapsedTicks * rate / ticksPerSecond) + 1);
}
