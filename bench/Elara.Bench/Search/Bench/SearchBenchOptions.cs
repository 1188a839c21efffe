namespace Elara.Bench.Search.Bench;

/// <summary>Options of <c>bench search</c>.</summary>
public sealed record SearchBenchOptions
{
    public int Products { get; init; } = 50_000;

    /// <summary>Queries in the mix; the single-threaded phase runs each once.</summary>
    public int Queries { get; init; } = 5_000;

    /// <summary>Seconds of the multi-threaded throughput phase.</summary>
    public int Seconds { get; init; } = 10;

    public int Seed { get; init; } = 7;
}
