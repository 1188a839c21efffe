using Elara.Runtime;

namespace Elara.Grains.Orders;

/// <summary>One order (key: the order id) and its lifecycle: pending → paid → shipped → delivered, or failed / cancelled.</summary>
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>Records a new pending order; placing the same order id again returns the existing order.</summary>
    Task<OrderView> PlaceAsync(NewOrder order);

    /// <summary>The order, or null when none has this id.</summary>
    [ReadOnly]
    Task<OrderView?> GetAsync();

    Task<OrderView> MarkPaidAsync(string paymentId);

    Task<OrderView> MarkFailedAsync(OrderFailure failure, string reason);

    Task<OrderView> ShipAsync();

    Task<OrderView> DeliverAsync();

    Task<OrderView> CancelAsync(string reason);
}
