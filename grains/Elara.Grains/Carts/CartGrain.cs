using Elara.Grains.Analytics;
using Elara.Grains.Behaviour;
using Elara.Grains.Errors;
using Elara.Grains.Orders;
using Elara.Grains.Payments;
using Elara.Grains.Products;
using Elara.Grains.Users;
using Elara.Runtime;
using Elara.Runtime.State;

namespace Elara.Grains.Carts;

/// <summary>
/// A shopper's cart (key: the shopper id). Lines are priced from the products whenever the cart is shown. Checkout
/// stores its intent (key → order id) before any stock or money moves; every later step is idempotent per order id,
/// so a retry with the same key either answers with the finished order or finishes the one that was cut short.
/// </summary>
public sealed class CartGrain(
    [PersistentState("cart")] IPersistentState<CartState> cart,
    IPaymentGateway payments,
    TimeProvider clock) : Grain, ICartGrain
{
    public const int MaxIdempotencyKeyLength = 200;

    string OwnerId => GetPrimaryKeyString();

    public Task<CartView> GetAsync() => PriceAsync(cart.State);

    public async Task<CartView> AddAsync(string productId, int quantity)
    {
        var next = cart.State.WithAdded(productId, quantity);
        var product = await Product(productId).GetAsync() ?? throw ShopException.NotFound($"product '{productId}' does not exist");
        if (next.QuantityOf(productId) > product.Stock)
        {
            throw OutOfStock(product);
        }

        return await SaveAsync(next);
    }

    public async Task<CartView> SetQuantityAsync(string productId, int quantity)
    {
        var next = cart.State.WithQuantity(productId, quantity);

        // Only a rise is checked against stock: lowering a line that is already over the stock must stay possible.
        if (quantity > cart.State.QuantityOf(productId))
        {
            var product = await Product(productId).GetAsync() ?? throw ShopException.NotFound($"product '{productId}' does not exist");
            if (quantity > product.Stock)
            {
                throw OutOfStock(product);
            }
        }

        return await SaveAsync(next);
    }

    public async Task<CartView> RemoveAsync(string productId) =>
        cart.State.QuantityOf(productId) > 0 ? await SaveAsync(cart.State.Without(productId)) : await PriceAsync(cart.State);

    public async Task<CartView> MergeFromAsync(string otherCartId)
    {
        if (otherCartId == OwnerId)
        {
            throw ShopException.Invalid("a cart cannot be merged into itself");
        }

        var lines = await GrainFactory.GetGrain<ICartGrain>(otherCartId).HandOverAsync();
        return await SaveAsync(cart.State.WithMerged(lines));
    }

    public async Task<IReadOnlyList<CartLine>> HandOverAsync()
    {
        var view = await PriceAsync(cart.State);
        if (!cart.State.Lines.IsEmpty)
        {
            cart.State = cart.State with { Lines = [] };
            await cart.WriteStateAsync();
        }

        return view.Lines;
    }

    public async Task<OrderPlacement> CheckoutAsync(CheckoutRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey) || request.IdempotencyKey.Length > MaxIdempotencyKeyLength)
        {
            throw ShopException.Invalid($"idempotency key must be 1 to {MaxIdempotencyKeyLength} characters");
        }

        if (cart.State.OrderFor(request.IdempotencyKey) is { } earlier)
        {
            return new OrderPlacement(await ResumeAsync(earlier, request.CardNumber), Replayed: true);
        }

        var lines = await OrderLinesAsync();
        var orderId = "o-" + Guid.NewGuid().ToString("N");
        cart.State = cart.State.WithCheckout(request.IdempotencyKey, orderId);
        await cart.WriteStateAsync();
        var order = await Order(orderId).PlaceAsync(new NewOrder(OwnerId, lines, CartLimits.Currency));
        return new OrderPlacement(await PayAsync(order, request.CardNumber), Replayed: false);
    }

    /// <summary>The order an earlier checkout with the same key made, finished first if that checkout was cut short.</summary>
    async Task<OrderView> ResumeAsync(string orderId, string cardNumber)
    {
        var order = await Order(orderId).GetAsync();
        if (order is { Status: not OrderStatus.Pending })
        {
            return order;
        }

        order ??= await Order(orderId).PlaceAsync(new NewOrder(OwnerId, await OrderLinesAsync(), CartLimits.Currency));
        return await PayAsync(order, cardNumber);
    }

    /// <summary>Reserves the order's stock, charges the card, and settles the order, its products, its owner and the cart.</summary>
    async Task<OrderView> PayAsync(OrderView order, string cardNumber)
    {
        var orderGrain = Order(order.Id);
        var reserved = await Task.WhenAll(order.Lines.Select(l => Product(l.ProductId).ReserveAsync(order.Id, l.Quantity)));
        if (order.Lines.Where((_, i) => !reserved[i]).FirstOrDefault() is { } missing)
        {
            await ReleaseAsync(order);
            return await orderGrain.MarkFailedAsync(OrderFailure.OutOfStock, $"{missing.Name} is out of stock");
        }

        // A charge that throws leaves the stock held: its outcome is unknown, and a retry with the same key comes back
        // here and gets the gateway's answer for this order id.
        var payment = await payments.ChargeAsync(new PaymentRequest(order.Id, cardNumber, order.Total, order.Currency));
        if (payment.Outcome != PaymentOutcome.Captured)
        {
            await ReleaseAsync(order);
            var failure = payment.Outcome == PaymentOutcome.Declined ? OrderFailure.PaymentDeclined : OrderFailure.PaymentUnavailable;
            return await orderGrain.MarkFailedAsync(failure, payment.Message);
        }

        await Task.WhenAll(order.Lines.Select(l => Product(l.ProductId).CommitAsync(order.Id)));
        var paid = await orderGrain.MarkPaidAsync(payment.PaymentId ?? throw new InvalidOperationException("A captured payment has no payment id."));
        var owner = GrainFactory.GetGrain<IUserGrain>(OwnerId);
        await owner.AddOrderAsync(order.Id);
        var now = clock.GetUtcNow();
        await owner.TrackAsync([.. order.Lines.Select(l => new BehaviourEvent(BehaviourKind.Purchase, OwnerId, l.ProductId, null, l.Quantity, now))]);
        await GetStreamProvider().GetStream<OrderPaid>(OrderStream.For(OwnerId)).OnNextAsync(new OrderPaid(paid.Id, OwnerId, paid.Total, paid.Currency, now));
        cart.State = cart.State.WithoutOrdered(order.Lines);
        await cart.WriteStateAsync();
        return paid;
    }

    Task ReleaseAsync(OrderView order) => Task.WhenAll(order.Lines.Select(l => Product(l.ProductId).ReleaseAsync(order.Id)));

    /// <summary>The cart's lines priced now; Invalid when nothing in it can be ordered.</summary>
    async Task<IReadOnlyList<OrderLine>> OrderLinesAsync()
    {
        var view = await PriceAsync(cart.State);
        return view.Lines.Count > 0
            ? [.. view.Lines.Select(l => new OrderLine(l.ProductId, l.Name, l.Quantity, l.UnitPrice))]
            : throw ShopException.Invalid("the cart is empty");
    }

    async Task<CartView> SaveAsync(CartState next)
    {
        cart.State = next;
        await cart.WriteStateAsync();
        return await PriceAsync(next);
    }

    async Task<CartView> PriceAsync(CartState state)
    {
        var products = await Task.WhenAll(state.Lines.Select(l => Product(l.ProductId).GetAsync()));
        return state.ToView(products.OfType<ProductView>().ToDictionary(p => p.Id));
    }

    IProductGrain Product(string productId) => GrainFactory.GetGrain<IProductGrain>(productId);

    IOrderGrain Order(string orderId) => GrainFactory.GetGrain<IOrderGrain>(orderId);

    static ShopException OutOfStock(ProductView product) => new(
        ShopError.OutOfStock,
        product.InStock ? $"only {product.Stock} of {product.Name} left" : $"{product.Name} is out of stock");
}
