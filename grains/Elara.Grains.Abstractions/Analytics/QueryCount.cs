namespace Elara.Grains.Analytics;

/// <summary>How many times a (normalised) query was searched in a window.</summary>
public sealed record QueryCount(string Query, long Count);
