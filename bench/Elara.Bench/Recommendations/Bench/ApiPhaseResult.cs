using Elara.Bench.Measurement;

namespace Elara.Bench.Recommendations.Bench;

/// <summary>
/// What the API part measured. <paramref name="Latency"/> runs from each request's scheduled time (the figure that
/// counts); <paramref name="Service"/> from when it was actually sent, so the two together show the driver's backlog.
/// <paramref name="Errors"/> counts failures by status code or exception type. <see cref="ReuseLists"/> says whether the
/// API served a shopper's unchanged list again (as shipped) or computed every one.
/// </summary>
public sealed record ApiPhaseResult(
    int ProductsCreated,
    int ProductErrors,
    double LoadSeconds,
    int Shoppers,
    int ShopperErrors,
    long Scheduled,
    long Succeeded,
    double Seconds,
    double DriveSeconds,
    LatencyHistogram Latency,
    LatencyHistogram Service,
    IReadOnlyDictionary<string, long> Errors)
{
    /// <summary>Successful requests per second, from the first scheduled send to the last answer.</summary>
    public double RequestsPerSecond => Seconds > 0 ? Succeeded / Seconds : 0;

    public long ErrorCount => Errors.Values.Sum();

    public bool ReuseLists { get; init; } = true;

    /// <summary>What the API process's collector did while requests were sent (from its ops report).</summary>
    public GcSnapshot ApiGc { get; init; }

    /// <summary>What this process's collector did meanwhile: a pause here delays the timing of answers too.</summary>
    public GcSnapshot BenchGc { get; init; }

    public SlowRequests Slow { get; init; } = new(0, 0, 0, 0, 0);
}
