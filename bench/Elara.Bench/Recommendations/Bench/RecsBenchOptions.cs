namespace Elara.Bench.Recommendations.Bench;

/// <summary>Options of <c>bench recs</c>; the defaults are issue 5's figures.</summary>
public sealed record RecsBenchOptions
{
    public int Products { get; init; } = 10_000;

    /// <summary>Shoppers whose events go through their user grains (all stay active for the memory figure).</summary>
    public int Users { get; init; } = 100_000;

    /// <summary>Target GET /api/recommendations rate of the open-loop phase.</summary>
    public int Rps { get; init; } = 2_000;

    /// <summary>Length of the open-loop phase.</summary>
    public int Seconds { get; init; } = 20;

    /// <summary>Anonymous API shoppers that post their events and then ask for recommendations.</summary>
    public int Shoppers { get; init; } = 2_000;

    /// <summary>Measured IUserGrain.RecommendAsync calls (after a warm-up).</summary>
    public int GrainCalls { get; init; } = 20_000;

    /// <summary>
    /// Concurrent callers of the in-grain latency phases: one per core, so the figure is a call's latency. More callers
    /// than cores measure the OS sharing cores among busy threads in slices of a few milliseconds (on 2 cores, 4 callers
    /// put p90 near 5 ms for calls of under 1 ms of work).
    /// </summary>
    public int Callers { get; init; } = Environment.ProcessorCount;

    /// <summary>Concurrent shoppers sending events in the update phase.</summary>
    public int Senders { get; init; } = 64;

    /// <summary>Requests the open-loop driver lets be in flight; later ones wait, and the wait counts in their latency.</summary>
    public int MaxInFlight { get; init; } = 256;

    /// <summary>Also drive the API with list reuse switched off, so every request computes its list.</summary>
    public bool WithoutReuse { get; init; } = true;

    public int Seed { get; init; } = 5;
}
