namespace Elara.Bench.Cluster;

public sealed record ClusterBenchOptions
{
    public int Seconds { get; init; } = 5;

    /// <summary>Seconds of load before the measured ingest window: on 2 cores, fresh processes spend most of a minute compiling their hot paths.</summary>
    public int WarmupSeconds { get; init; } = 60;

    public int Silos { get; init; } = 3;

    /// <summary>Concurrent async callers of the cross-silo phase (spread over the silos).</summary>
    public int Callers { get; init; } = 384;

    /// <summary>Concurrent HTTP clients (one shopper each) of the ingest phase, and of the INSERT baseline.</summary>
    public int Shoppers { get; init; } = 128;

    /// <summary>Events per second the open-loop phase offers (batches of <see cref="EventsPerRequest"/>).</summary>
    public int OfferedEventsPerSecond { get; init; } = 20_000;

    /// <summary>Events per POST /api/events request (the web app sends what it collected, in one request).</summary>
    public int EventsPerRequest { get; init; } = 10;
}
