using Elara.Grains.Errors;
using Elara.Grains.Orders;
using Elara.Runtime.Testing.Silos;
using Shouldly;

namespace Elara.Grains.Tests.Orders;

public sealed class OrderGrainTests
{
    static readonly NewOrder Placed = new("u-ann", [new OrderLine("lamp-7", "Desk lamp", 2, 20m), new OrderLine("vase-2", "Blue vase", 1, 7.50m)], "GBP");

    [Fact]
    public async Task An_order_that_was_never_placed_is_null()
    {
        await using var silo = await ShopSilo.StartAsync();

        (await Order(silo).GetAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task A_placed_order_is_pending_with_its_total()
    {
        await using var silo = await ShopSilo.StartAsync();

        var order = await Order(silo).PlaceAsync(Placed);

        order.Id.ShouldBe("o-1");
        order.Status.ShouldBe(OrderStatus.Pending);
        order.Total.ShouldBe(47.50m);
        order.CreatedAt.ShouldBe(silo.Clock.GetUtcNow());
        order.History.ShouldBe([new OrderStatusChange(OrderStatus.Pending, silo.Clock.GetUtcNow(), "placed")]);
    }

    [Fact]
    public async Task Placing_the_same_order_again_returns_the_first_one()
    {
        await using var silo = await ShopSilo.StartAsync();
        var first = await Order(silo).PlaceAsync(Placed);

        var again = await Order(silo).PlaceAsync(Placed with { Lines = [new OrderLine("other", "Other", 9, 1m)] });

        again.Lines.ShouldBe(first.Lines);
        again.Total.ShouldBe(47.50m);
    }

    [Fact]
    public async Task An_order_without_lines_is_invalid()
    {
        await using var silo = await ShopSilo.StartAsync();

        (await Should.ThrowAsync<ShopException>(Order(silo).PlaceAsync(Placed with { Lines = [] }))).Error.ShouldBe(ShopError.Invalid);
    }

    [Fact]
    public async Task An_order_goes_from_paid_to_shipped_to_delivered_with_each_step_in_its_history()
    {
        await using var silo = await ShopSilo.StartAsync();
        var order = Order(silo);
        await order.PlaceAsync(Placed);

        silo.Clock.Advance(TimeSpan.FromMinutes(1));
        await order.MarkPaidAsync("pay_1");
        silo.Clock.Advance(TimeSpan.FromDays(1));
        await order.ShipAsync();
        silo.Clock.Advance(TimeSpan.FromDays(2));
        var delivered = await order.DeliverAsync();

        delivered.Status.ShouldBe(OrderStatus.Delivered);
        delivered.PaymentId.ShouldBe("pay_1");
        delivered.History.Select(h => h.Status).ShouldBe([OrderStatus.Pending, OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Delivered]);
        delivered.History[^1].At.ShouldBe(silo.Clock.GetUtcNow());
        delivered.History[1].At.ShouldBe(delivered.CreatedAt.AddMinutes(1));
    }

    [Fact]
    public async Task A_failed_order_keeps_why_it_failed()
    {
        await using var silo = await ShopSilo.StartAsync();
        await Order(silo).PlaceAsync(Placed);

        var failed = await Order(silo).MarkFailedAsync(OrderFailure.PaymentDeclined, "card was declined");

        failed.Status.ShouldBe(OrderStatus.Failed);
        failed.Failure.ShouldBe(OrderFailure.PaymentDeclined);
        failed.FailureReason.ShouldBe("card was declined");
        failed.History[^1].Note.ShouldBe("card was declined");
    }

    [Fact]
    public async Task A_pending_or_paid_order_can_be_cancelled()
    {
        await using var silo = await ShopSilo.StartAsync();
        var pending = silo.Grains.GetGrain<IOrderGrain>("o-pending");
        var paid = silo.Grains.GetGrain<IOrderGrain>("o-paid");
        await pending.PlaceAsync(Placed);
        await paid.PlaceAsync(Placed);
        await paid.MarkPaidAsync("pay_1");

        (await pending.CancelAsync("changed my mind")).Status.ShouldBe(OrderStatus.Cancelled);
        (await paid.CancelAsync("changed my mind")).Status.ShouldBe(OrderStatus.Cancelled);
    }

    [Fact]
    public async Task A_move_the_lifecycle_does_not_allow_is_a_conflict_and_changes_nothing()
    {
        await using var silo = await ShopSilo.StartAsync();
        var order = Order(silo);
        await order.PlaceAsync(Placed);
        await order.MarkPaidAsync("pay_1");
        await order.ShipAsync();

        (await Should.ThrowAsync<ShopException>(order.CancelAsync("too late"))).Error.ShouldBe(ShopError.Conflict);
        (await Should.ThrowAsync<ShopException>(order.MarkPaidAsync("pay_2"))).Error.ShouldBe(ShopError.Conflict);
        var unchanged = (await order.GetAsync()).ShouldNotBeNull();
        unchanged.Status.ShouldBe(OrderStatus.Shipped);
        unchanged.PaymentId.ShouldBe("pay_1");
    }

    [Fact]
    public async Task Moving_an_order_that_does_not_exist_is_not_found()
    {
        await using var silo = await ShopSilo.StartAsync();

        (await Should.ThrowAsync<ShopException>(Order(silo).ShipAsync())).Error.ShouldBe(ShopError.NotFound);
    }

    static IOrderGrain Order(TestSilo silo) => silo.Grains.GetGrain<IOrderGrain>("o-1");
}
