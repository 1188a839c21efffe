namespace Elara.Bench.Trending;

/// <summary>The size of a <c>bench trending</c> run.</summary>
public sealed record TrendingBenchOptions
{
    public int Products { get; init; } = 10_000;

    public int Categories { get; init; } = 20;

    public int Shoppers { get; init; } = 100_000;

    public int Events { get; init; } = 400_000;

    /// <summary>Concurrent publishers of behaviour events.</summary>
    public int Callers { get; init; } = 32;

    /// <summary>Top-list and snapshot calls timed after the ingest.</summary>
    public int Queries { get; init; } = 2_000;

    public int Seed { get; init; } = 2026;
}
