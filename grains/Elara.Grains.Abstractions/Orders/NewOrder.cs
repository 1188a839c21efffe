namespace Elara.Grains.Orders;

public sealed record NewOrder(string OwnerId, IReadOnlyList<OrderLine> Lines, string Currency);
