using Elara.Grains.Behaviour;
using Elara.Grains.Carts;
using Elara.Grains.Errors;
using Elara.Grains.Orders;
using Elara.Grains.Payments;
using Elara.Grains.Products;
using Elara.Grains.Tests.Users;
using Elara.Grains.Users;
using Elara.Runtime.Testing.Silos;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Elara.Grains.Tests.Carts;

public sealed class CheckoutTests
{
    const string Shopper = "u-ann";

    [Fact]
    public async Task A_paid_checkout_takes_the_stock_empties_the_cart_and_lists_the_order()
    {
        await using var silo = await ShopSilo.StartAsync();
        await FillCartAsync(silo);
        var recorder = new StreamRecorder<BehaviourBatch>();
        await silo.Streams.GetStream<BehaviourBatch>(BehaviourStream.For(Shopper)).SubscribeAsync(recorder);

        var placement = await Cart(silo).CheckoutAsync(new CheckoutRequest("key-1", SandboxPaymentGateway.CapturedCard));

        var order = placement.Order;
        placement.Replayed.ShouldBeFalse();
        order.Status.ShouldBe(OrderStatus.Paid);
        order.OwnerId.ShouldBe(Shopper);
        order.Total.ShouldBe(47.50m);
        order.PaymentId.ShouldNotBeNull().ShouldStartWith("pay_");
        order.History.Select(h => h.Status).ShouldBe([OrderStatus.Pending, OrderStatus.Paid]);
        (await silo.ProductAsync("lamp-7")).Stock.ShouldBe(3);
        (await silo.ProductAsync("vase-2")).Stock.ShouldBe(1);
        await silo.FlushBehaviourAsync();
        (await silo.ProductAsync("lamp-7")).Counters.Purchases.ShouldBe(2);
        (await Cart(silo).GetAsync()).Lines.ShouldBeEmpty();
        (await silo.Grains.GetGrain<IUserGrain>(Shopper).GetOrderIdsAsync()).ShouldBe([order.Id]);
        (await silo.Grains.GetGrain<IOrderGrain>(order.Id).GetAsync()).ShouldNotBeNull().Status.ShouldBe(OrderStatus.Paid);
        silo.Payments().Captured.ShouldHaveSingleItem().ShouldBe(new PaymentRequest(order.Id, SandboxPaymentGateway.CapturedCard, 47.50m, CartLimits.Currency));
        recorder.Items.SelectMany(b => b.Events).Select(e => (e.Kind, e.ProductId, e.Quantity)).ShouldBe([(BehaviourKind.Purchase, "lamp-7", 2), (BehaviourKind.Purchase, "vase-2", 1)]);
    }

    [Fact]
    public async Task A_declined_card_fails_the_order_puts_the_stock_back_and_keeps_the_cart()
    {
        await using var silo = await ShopSilo.StartAsync();
        await FillCartAsync(silo);

        var order = (await Cart(silo).CheckoutAsync(new CheckoutRequest("key-1", SandboxPaymentGateway.DeclinedCard))).Order;

        order.Status.ShouldBe(OrderStatus.Failed);
        order.Failure.ShouldBe(OrderFailure.PaymentDeclined);
        order.FailureReason.ShouldBe("card was declined");
        silo.Payments().Captured.ShouldBeEmpty();
        var lamp = await silo.ProductAsync("lamp-7");
        lamp.Stock.ShouldBe(5);
        lamp.StockHistory.Select(p => p.Reason).ShouldBe(["created", $"order {order.Id}", $"release {order.Id}"]);
        lamp.Counters.Purchases.ShouldBe(0);
        (await Cart(silo).GetAsync()).Lines.Select(l => (l.ProductId, l.Quantity)).ShouldBe([("lamp-7", 2), ("vase-2", 1)]);
        (await silo.Grains.GetGrain<IUserGrain>(Shopper).GetOrderIdsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_invalid_card_number_is_a_declined_payment()
    {
        await using var silo = await ShopSilo.StartAsync();
        await FillCartAsync(silo);

        var order = (await Cart(silo).CheckoutAsync(new CheckoutRequest("key-1", "4242 4242 4242 4241"))).Order;

        order.Failure.ShouldBe(OrderFailure.PaymentDeclined);
        order.FailureReason.ShouldBe("card number is not valid");
    }

    [Fact]
    public async Task An_unavailable_payment_service_fails_the_order_as_unavailable_and_keeps_the_cart()
    {
        await using var silo = await ShopSilo.StartAsync();
        await FillCartAsync(silo);

        var order = (await Cart(silo).CheckoutAsync(new CheckoutRequest("key-1", SandboxPaymentGateway.UnavailableCard))).Order;

        order.Status.ShouldBe(OrderStatus.Failed);
        order.Failure.ShouldBe(OrderFailure.PaymentUnavailable);
        silo.Payments().Captured.ShouldBeEmpty();
        (await silo.ProductAsync("lamp-7")).Stock.ShouldBe(5);
        (await Cart(silo).GetAsync()).ItemCount.ShouldBe(3);
    }

    [Fact]
    public async Task A_retry_with_the_same_key_answers_with_the_same_order_and_charges_once()
    {
        await using var silo = await ShopSilo.StartAsync();
        await FillCartAsync(silo);
        var request = new CheckoutRequest("key-1", SandboxPaymentGateway.CapturedCard);

        var first = await Cart(silo).CheckoutAsync(request);
        var retry = await Cart(silo).CheckoutAsync(request);

        retry.Replayed.ShouldBeTrue();
        retry.Order.Id.ShouldBe(first.Order.Id);
        retry.Order.Status.ShouldBe(OrderStatus.Paid);
        silo.Payments().Captured.Count.ShouldBe(1);
        (await silo.ProductAsync("lamp-7")).Stock.ShouldBe(3);
    }

    [Fact]
    public async Task A_retry_after_a_failed_order_answers_with_the_failed_order_while_a_new_key_tries_again()
    {
        await using var silo = await ShopSilo.StartAsync();
        await FillCartAsync(silo);

        var failed = await Cart(silo).CheckoutAsync(new CheckoutRequest("key-1", SandboxPaymentGateway.DeclinedCard));
        var replayed = await Cart(silo).CheckoutAsync(new CheckoutRequest("key-1", SandboxPaymentGateway.CapturedCard));
        var paid = await Cart(silo).CheckoutAsync(new CheckoutRequest("key-2", SandboxPaymentGateway.CapturedCard));

        replayed.Order.Id.ShouldBe(failed.Order.Id);
        replayed.Order.Status.ShouldBe(OrderStatus.Failed);
        paid.Order.Id.ShouldNotBe(failed.Order.Id);
        paid.Order.Status.ShouldBe(OrderStatus.Paid);
    }

    [Fact]
    public async Task Checking_out_an_empty_cart_is_invalid()
    {
        await using var silo = await ShopSilo.StartAsync();

        var error = await Should.ThrowAsync<ShopException>(Cart(silo).CheckoutAsync(new CheckoutRequest("key-1", SandboxPaymentGateway.CapturedCard)));

        error.Error.ShouldBe(ShopError.Invalid);
    }

    [Fact]
    public async Task A_line_that_sold_out_since_it_was_added_fails_the_order_as_out_of_stock_without_a_charge()
    {
        await using var silo = await ShopSilo.StartAsync();
        await FillCartAsync(silo);
        await silo.Grains.GetGrain<IProductGrain>("vase-2").UpdateAsync(new ProductChange(Stock: 0));

        var order = (await Cart(silo).CheckoutAsync(new CheckoutRequest("key-1", SandboxPaymentGateway.CapturedCard))).Order;

        order.Status.ShouldBe(OrderStatus.Failed);
        order.Failure.ShouldBe(OrderFailure.OutOfStock);
        order.FailureReason.ShouldBe("Blue vase is out of stock");
        silo.Payments().Captured.ShouldBeEmpty();
        (await silo.ProductAsync("lamp-7")).Stock.ShouldBe(5);
        (await Cart(silo).GetAsync()).ItemCount.ShouldBe(3);
    }

    [Fact]
    public async Task Fifty_shoppers_buying_the_last_ten_units_at_once_make_exactly_ten_paid_orders()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7", stock: 10);
        var carts = Enumerable.Range(0, 50).Select(i => silo.Grains.GetGrain<ICartGrain>($"u-shopper-{i}")).ToList();
        foreach (var cart in carts)
        {
            await cart.AddAsync("lamp-7", 1);
        }

        var placements = await Task.WhenAll(carts.Select(cart =>
            Task.Run(() => cart.CheckoutAsync(new CheckoutRequest("key", SandboxPaymentGateway.CapturedCard)))));

        placements.Count(p => p.Order.Status == OrderStatus.Paid).ShouldBe(10);
        placements.Where(p => p.Order.Status != OrderStatus.Paid).ShouldAllBe(p => p.Order.Failure == OrderFailure.OutOfStock);
        (await silo.ProductAsync("lamp-7")).Stock.ShouldBe(0);
        await silo.FlushBehaviourAsync();
        (await silo.ProductAsync("lamp-7")).Counters.Purchases.ShouldBe(10);
        silo.Payments().Captured.Count.ShouldBe(10);
    }

    [Fact]
    public async Task A_checkout_cut_short_by_a_failed_charge_is_finished_by_a_retry_with_the_same_key()
    {
        var gateway = new FailingOnceGateway();
        await using var silo = await ShopSilo.StartAsync(services: s => s.AddSingleton<IPaymentGateway>(gateway));
        await FillCartAsync(silo);
        var request = new CheckoutRequest("key-1", SandboxPaymentGateway.CapturedCard);

        await Should.ThrowAsync<HttpRequestException>(Cart(silo).CheckoutAsync(request));
        (await silo.ProductAsync("lamp-7")).Stock.ShouldBe(3);
        var retry = await Cart(silo).CheckoutAsync(request);

        retry.Replayed.ShouldBeTrue();
        retry.Order.Status.ShouldBe(OrderStatus.Paid);
        gateway.Sandbox.Captured.ShouldHaveSingleItem().IdempotencyKey.ShouldBe(retry.Order.Id);
        (await silo.ProductAsync("lamp-7")).Stock.ShouldBe(3);
        (await Cart(silo).GetAsync()).Lines.ShouldBeEmpty();
    }

    static ICartGrain Cart(TestSilo silo) => silo.Grains.GetGrain<ICartGrain>(Shopper);

    /// <summary>Two desk lamps at 20 (5 in stock) and a blue vase at 7.50 (2 in stock): 47.50.</summary>
    static async Task FillCartAsync(TestSilo silo)
    {
        await silo.AddProductAsync("lamp-7", stock: 5, price: 20m, name: "Desk lamp");
        await silo.AddProductAsync("vase-2", stock: 2, price: 7.50m, name: "Blue vase");
        await Cart(silo).AddAsync("lamp-7", 2);
        await Cart(silo).AddAsync("vase-2", 1);
    }

    /// <summary>A gateway whose first call is lost on the network: the outcome is unknown to the cart.</summary>
    sealed class FailingOnceGateway : IPaymentGateway
    {
        int calls;

        public SandboxPaymentGateway Sandbox { get; } = new();

        public Task<PaymentResult> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref calls) == 1
                ? Task.FromException<PaymentResult>(new HttpRequestException("connection reset"))
                : Sandbox.ChargeAsync(request, cancellationToken);
    }
}
