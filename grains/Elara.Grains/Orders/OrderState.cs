using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Elara.Grains.Errors;

namespace Elara.Grains.Orders;

/// <summary>An order as stored, with every status it has had.</summary>
public sealed record OrderState
{
    public string Id { get; init; } = "";

    public string OwnerId { get; init; } = "";

    public OrderStatus Status { get; init; }

    public ImmutableList<OrderLine> Lines { get; init; } = [];

    public string Currency { get; init; } = "";

    public string? PaymentId { get; init; }

    public OrderFailure? Failure { get; init; }

    public string? FailureReason { get; init; }

    public ImmutableList<OrderStatusChange> History { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    [JsonIgnore]
    public bool Exists => Id.Length > 0;

    /// <summary>A new pending order; Invalid for an order with no owner, no lines, or a line that sells nothing.</summary>
    public static OrderState Place(string id, NewOrder order, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(order.OwnerId) || order.Lines.Count == 0 || string.IsNullOrWhiteSpace(order.Currency))
        {
            throw ShopException.Invalid("an order needs an owner, a currency and at least one line");
        }

        if (order.Lines.Any(l => l.Quantity < 1 || l.UnitPrice < 0))
        {
            throw ShopException.Invalid("every order line needs a quantity of 1 or more and a price");
        }

        return new OrderState
        {
            Id = id,
            OwnerId = order.OwnerId,
            Status = OrderStatus.Pending,
            Lines = [.. order.Lines],
            Currency = order.Currency,
            History = [new OrderStatusChange(OrderStatus.Pending, at, "placed")],
            CreatedAt = at,
        };
    }

    /// <summary>The order in its next status, with the move in its history; Conflict when the lifecycle forbids the move.</summary>
    public OrderState MovedTo(OrderStatus status, DateTimeOffset at, string? note) =>
        OrderLifecycle.Allows(Status, status)
            ? this with { Status = status, History = History.Add(new OrderStatusChange(status, at, note)) }
            : throw ShopException.Conflict($"order {Id} is {Status.ToString().ToLowerInvariant()} and cannot become {status.ToString().ToLowerInvariant()}");

    public OrderView ToView() => new(
        Id, OwnerId, Status, Lines, Lines.Sum(l => l.LineTotal), Currency, PaymentId, Failure, FailureReason, History, CreatedAt);
}
