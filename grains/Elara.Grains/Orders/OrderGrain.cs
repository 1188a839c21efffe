using Elara.Grains.Errors;
using Elara.Runtime;
using Elara.Runtime.State;

namespace Elara.Grains.Orders;

/// <summary>One order and its lifecycle; every status change is stored, with its time, before it is acknowledged.</summary>
public sealed class OrderGrain(
    [PersistentState("order")] IPersistentState<OrderState> order,
    TimeProvider clock) : Grain, IOrderGrain
{
    public async Task<OrderView> PlaceAsync(NewOrder placed)
    {
        if (!order.State.Exists)
        {
            order.State = OrderState.Place(GetPrimaryKeyString(), placed, clock.GetUtcNow());
            await order.WriteStateAsync();
        }

        return order.State.ToView();
    }

    public Task<OrderView?> GetAsync() => Task.FromResult(order.State.Exists ? order.State.ToView() : null);

    public Task<OrderView> MarkPaidAsync(string paymentId) =>
        MoveAsync(OrderStatus.Paid, $"paid with {paymentId}", o => o with { PaymentId = paymentId });

    public Task<OrderView> MarkFailedAsync(OrderFailure failure, string reason) =>
        MoveAsync(OrderStatus.Failed, reason, o => o with { Failure = failure, FailureReason = reason });

    public Task<OrderView> ShipAsync() => MoveAsync(OrderStatus.Shipped, null);

    public Task<OrderView> DeliverAsync() => MoveAsync(OrderStatus.Delivered, null);

    public Task<OrderView> CancelAsync(string reason) => MoveAsync(OrderStatus.Cancelled, reason);

    async Task<OrderView> MoveAsync(OrderStatus status, string? note, Func<OrderState, OrderState>? details = null)
    {
        if (!order.State.Exists)
        {
            throw ShopException.NotFound($"order '{GetPrimaryKeyString()}' does not exist");
        }

        var moved = order.State.MovedTo(status, clock.GetUtcNow(), note);
        order.State = details is null ? moved : details(moved);
        await order.WriteStateAsync();
        return order.State.ToView();
    }
}
