using Elara.Grains.Orders;
using Shouldly;

namespace Elara.Grains.Tests.Orders;

public sealed class OrderLifecycleTests
{
    static readonly (OrderStatus From, OrderStatus To)[] Allowed =
    [
        (OrderStatus.Pending, OrderStatus.Paid),
        (OrderStatus.Pending, OrderStatus.Failed),
        (OrderStatus.Pending, OrderStatus.Cancelled),
        (OrderStatus.Paid, OrderStatus.Shipped),
        (OrderStatus.Paid, OrderStatus.Cancelled),
        (OrderStatus.Shipped, OrderStatus.Delivered),
    ];

    [Fact]
    public void Only_the_lifecycles_moves_are_allowed()
    {
        var statuses = Enum.GetValues<OrderStatus>();

        var allowed = statuses.SelectMany(from => statuses.Select(to => (from, to))).Where(m => OrderLifecycle.Allows(m.from, m.to));

        allowed.ShouldBe(Allowed, ignoreOrder: true);
    }
}
