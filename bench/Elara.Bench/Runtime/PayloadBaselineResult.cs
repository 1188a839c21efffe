namespace Elara.Bench.Runtime;

/// <summary>The plain-object baseline: heap bytes per object and objects made per second on one thread.</summary>
public sealed record PayloadBaselineResult(double BytesPerObject, double ObjectsPerSecond);
