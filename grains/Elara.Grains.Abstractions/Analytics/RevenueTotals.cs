namespace Elara.Grains.Analytics;

/// <summary>Paid orders in a window, and their total.</summary>
public sealed record RevenueTotals(decimal Revenue, int Orders);
