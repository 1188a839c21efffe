namespace Elara.Runtime.Cluster;

/// <summary>
/// The silo process's garbage collector since it started: collections by generation, the total time threads were paused
/// for it, the bytes it has allocated, and the heap after the last collection. Two readings apart say what a window cost the collector, so ops can
/// tell a GC-bound silo from a busy one. Under server GC's dynamic heap count (the default since .NET 9) the runtime's
/// allocated count can drop when it retires a heap (dotnet/runtime#131069), so only a workstation-GC silo's (as
/// <c>./elara cluster</c> runs them) is a true running total.
/// </summary>
public sealed record SiloGc(int Gen0, int Gen1, int Gen2, double PauseMilliseconds, long AllocatedBytes, long HeapBytes)
{
    public static SiloGc Now() => new(
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        Math.Round(GC.GetTotalPauseDuration().TotalMilliseconds, 1),
        GC.GetTotalAllocatedBytes(precise: true),
        GC.GetGCMemoryInfo().HeapSizeBytes);
}
