namespace Elara.Bench.Measurement;

/// <summary>The process's GC counters at one moment; the difference of two says what a phase cost the collector.</summary>
public readonly record struct GcSnapshot(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    public static GcSnapshot Take() => new(
        GC.GetTotalAllocatedBytes(precise: false),
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        GC.GetTotalPauseDuration());

    public GcSnapshot Since(GcSnapshot earlier) => new(
        AllocatedBytes - earlier.AllocatedBytes,
        Gen0 - earlier.Gen0,
        Gen1 - earlier.Gen1,
        Gen2 - earlier.Gen2,
        Pause - earlier.Pause);

    public override string ToString() => $"{Collections()}, allocated {AllocatedBytes / 1_000_000.0:0} MB";

    /// <summary>Collections and pause only: what another process can report reliably (see <see cref="Elara.Runtime.Cluster.SiloGc"/>).</summary>
    public string Collections() => $"gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2}, paused {Pause.TotalMilliseconds:0} ms";
}
