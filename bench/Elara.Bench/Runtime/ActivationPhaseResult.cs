using Elara.Bench.Measurement;

namespace Elara.Bench.Runtime;

/// <summary>N fresh activations: how long they took, how much the heap grew by keeping them, and the GC's share.</summary>
public sealed record ActivationPhaseResult(int Activations, double Seconds, long HeapGrowthBytes, GcSnapshot Gc)
{
    public double ActivationsPerSecond => Seconds > 0 ? Activations / Seconds : 0;

    public double BytesPerActivation => Activations > 0 ? (double)HeapGrowthBytes / Activations : 0;
}
