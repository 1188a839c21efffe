namespace Elara.Grains.Analytics;

/// <summary>A category's weighted product events in a window, and how many events that was.</summary>
public sealed record TrendingCategory(string Category, long Events, double Score);
