namespace Elara.Grains.Orders;

public sealed record OrderView(
    string Id,
    string OwnerId,
    OrderStatus Status,
    IReadOnlyList<OrderLine> Lines,
    decimal Total,
    string Currency,
    string? PaymentId,
    OrderFailure? Failure,
    string? FailureReason,
    IReadOnlyList<OrderStatusChange> History,
    DateTimeOffset CreatedAt);
