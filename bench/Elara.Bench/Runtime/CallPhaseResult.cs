using Elara.Bench.Measurement;

namespace Elara.Bench.Runtime;

/// <summary>What one measured call window produced: the calls that completed in it, their latencies, and the GC's share.</summary>
public sealed record CallPhaseResult(long Calls, double Seconds, LatencyHistogram Latency, GcSnapshot Gc, int PoolThreads)
{
    public double CallsPerSecond => Seconds > 0 ? Calls / Seconds : 0;

    /// <summary>Heap bytes allocated per call over the window (the callers themselves allocate nothing per call).</summary>
    public double AllocatedBytesPerCall => Calls > 0 ? (double)Gc.AllocatedBytes / Calls : 0;
}
