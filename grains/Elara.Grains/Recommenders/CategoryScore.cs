namespace Elara.Grains.Recommenders;

/// <summary>A shopper's decaying interest in one category, as of <paramref name="At"/>.</summary>
public sealed record CategoryScore(string Category, double Score, DateTimeOffset At);
