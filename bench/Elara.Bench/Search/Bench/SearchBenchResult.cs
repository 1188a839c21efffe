using System.Text.Json.Nodes;
using Elara.Bench.Measurement;

namespace Elara.Bench.Search.Bench;

/// <summary>
/// What <c>bench search</c> measured. <paramref name="IndexBytes"/> is the heap the index added while the caller held
/// the documents (so it leaves out the documents themselves; <paramref name="DocumentBytes"/> is theirs).
/// </summary>
public sealed record SearchBenchResult(
    SearchBenchOptions Options,
    double BuildSeconds,
    long DocumentBytes,
    long IndexBytes,
    long EstimatedBytes,
    int IndexedCount,
    LatencyHistogram Latency,
    IReadOnlyDictionary<string, LatencyHistogram> LatencyByKind,
    int EmptyAnswers,
    LatencyHistogram BaselineLatency,
    int BaselineQueries,
    int Threads,
    long ThroughputQueries,
    double ThroughputSeconds)
{
    public double QueriesPerSecond => ThroughputQueries / ThroughputSeconds;

    public string ToJson() => new JsonObject
    {
        ["bench"] = "search",
        ["products"] = Options.Products,
        ["p50_ms"] = Math.Round(Latency.PercentileMs(0.50), 4),
        ["p95_ms"] = Math.Round(Latency.PercentileMs(0.95), 4),
        ["qps"] = (long)Math.Round(QueriesPerSecond),
        ["build_seconds"] = Math.Round(BuildSeconds, 3),
        ["index_bytes"] = IndexBytes,
    }.ToJsonString();
}
