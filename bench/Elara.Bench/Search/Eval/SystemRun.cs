using Elara.Bench.Measurement;

namespace Elara.Bench.Search.Eval;

/// <summary>
/// One system's pass over an evaluation: for each query (in query order) its top 10 and its latency in
/// <see cref="System.Diagnostics.Stopwatch"/> ticks, and all latencies in one histogram.
/// </summary>
public sealed record SystemRun(
    string Name,
    string Access,
    double BuildSeconds,
    IReadOnlyList<IReadOnlyList<string>> Rankings,
    IReadOnlyList<long> Ticks,
    LatencyHistogram Latency);
