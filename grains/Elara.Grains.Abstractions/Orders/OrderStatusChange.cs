namespace Elara.Grains.Orders;

public sealed record OrderStatusChange(OrderStatus Status, DateTimeOffset At, string? Note);
