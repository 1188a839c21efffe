namespace Elara.Grains.Orders;

/// <summary>The moves an order may make: pending → paid | failed | cancelled, paid → shipped | cancelled, shipped → delivered.</summary>
public static class OrderLifecycle
{
    public static bool Allows(OrderStatus from, OrderStatus to) => (from, to) switch
    {
        (OrderStatus.Pending, OrderStatus.Paid or OrderStatus.Failed or OrderStatus.Cancelled) => true,
        (OrderStatus.Paid, OrderStatus.Shipped or OrderStatus.Cancelled) => true,
        (OrderStatus.Shipped, OrderStatus.Delivered) => true,
        _ => false,
    };
}
