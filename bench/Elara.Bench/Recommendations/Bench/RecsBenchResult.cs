using System.Text.Json.Nodes;

namespace Elara.Bench.Recommendations.Bench;

/// <summary>
/// What <c>bench recs</c> measured: the in-process part and the API part as shipped (its figures are the JSON's), plus
/// the API computing every list when that run was made.
/// </summary>
public sealed record RecsBenchResult(RecsBenchOptions Options, GrainPhaseResult Grain, ApiPhaseResult Api, ApiPhaseResult? ApiComputingEveryList)
{
    public string ToJson() => new JsonObject
    {
        ["bench"] = "recs",
        ["products"] = Options.Products,
        ["users"] = Options.Users,
        ["grain_p50_ms"] = Math.Round(Grain.Recommend.PercentileMs(0.50), 4),
        ["grain_p99_ms"] = Math.Round(Grain.Recommend.PercentileMs(0.99), 4),
        ["api_p50_ms"] = Math.Round(Api.Latency.PercentileMs(0.50), 3),
        ["api_p99_ms"] = Math.Round(Api.Latency.PercentileMs(0.99), 3),
        ["api_rps"] = (long)Math.Round(Api.RequestsPerSecond),
        ["updates_per_sec"] = (long)Math.Round(Grain.UpdatesPerSecond),
        ["bytes_per_user"] = (long)Math.Round(Grain.BytesPerUser),
    }.ToJsonString();
}
