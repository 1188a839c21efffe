namespace Elara.Grains.Analytics;

/// <summary>A shopper seen at a funnel stage at a moment.</summary>
public readonly record struct FunnelSighting(string Stage, string ShopperId, DateTimeOffset At);
