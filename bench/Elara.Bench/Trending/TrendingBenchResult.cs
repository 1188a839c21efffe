using System.Text.Json.Nodes;
using Elara.Bench.Measurement;

namespace Elara.Bench.Trending;

/// <summary>The figures of one <c>bench trending</c> run.</summary>
public sealed record TrendingBenchResult(
    TrendingBenchOptions Options,
    double SeedSeconds,
    long ProductEvents,
    double IngestSeconds,
    LatencyHistogram Publish,
    double ReduceLagMs,
    LatencyHistogram Top,
    LatencyHistogram SnapshotAfterMerge,
    LatencyHistogram Snapshot,
    GcSnapshot IngestGc)
{
    public double EventsPerSecond => Options.Events / IngestSeconds;

    public string ToJson() => new JsonObject
    {
        ["bench"] = "trending",
        ["products"] = Options.Products,
        ["shoppers"] = Options.Shoppers,
        ["events"] = Options.Events,
        ["events_per_sec"] = (long)Math.Round(EventsPerSecond),
        ["publish_p50_ms"] = Math.Round(Publish.PercentileMs(0.50), 4),
        ["publish_p99_ms"] = Math.Round(Publish.PercentileMs(0.99), 4),
        ["reduce_lag_ms"] = Math.Round(ReduceLagMs, 1),
        ["top_p50_ms"] = Math.Round(Top.PercentileMs(0.50), 4),
        ["top_p99_ms"] = Math.Round(Top.PercentileMs(0.99), 4),
        ["snapshot_after_merge_p50_ms"] = Math.Round(SnapshotAfterMerge.PercentileMs(0.50), 4),
        ["snapshot_after_merge_p99_ms"] = Math.Round(SnapshotAfterMerge.PercentileMs(0.99), 4),
        ["snapshot_p50_ms"] = Math.Round(Snapshot.PercentileMs(0.50), 4),
        ["snapshot_p99_ms"] = Math.Round(Snapshot.PercentileMs(0.99), 4),
    }.ToJsonString();
}
