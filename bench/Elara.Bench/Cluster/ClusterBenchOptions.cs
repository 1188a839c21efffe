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

    /// <summary>
    /// The most <see cref="Shoppers"/>: <c>./elara cluster</c>'s PostgreSQL takes 1,000 connections, the silos' pools up
    /// to 150 of them, and each baseline writer one more.
    /// </summary>
    public const int MaxShoppers = 800;

    /// <summary>Events per second the open-loop phase offers (batches of <see cref="EventsPerRequest"/>).</summary>
    public int OfferedEventsPerSecond { get; init; } = 20_000;

    /// <summary>Seconds the open-loop phase offers its rate before its measured window (<see cref="Seconds"/>).</summary>
    public int RateWarmupSeconds { get; init; } = 10;

    /// <summary>Events per POST /api/events request (the web app sends what it collected, in one request).</summary>
    public int EventsPerRequest { get; init; } = 10;
}
