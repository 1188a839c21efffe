namespace Elara.Grains.Analytics;

/// <summary>An order was paid: its total as charged (the order lines' prices), for revenue figures.</summary>
public sealed record OrderPaid(string OrderId, string ShopperId, decimal Total, string Currency, DateTimeOffset At);
