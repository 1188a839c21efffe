namespace Elara.Grains.Analytics;

/// <summary>Paid orders in the minute starting at <paramref name="Minute"/> (UTC), and their total.</summary>
public sealed record RevenueMinute(DateTimeOffset Minute, decimal Revenue, int Orders);
