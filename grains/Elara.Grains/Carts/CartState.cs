using System.Collections.Immutable;
using Elara.Grains.Errors;
using Elara.Grains.Orders;
using Elara.Grains.Products;

namespace Elara.Grains.Carts;

/// <summary>A cart as stored: its lines, and the orders recent checkouts made, by idempotency key.</summary>
public sealed record CartState
{
    /// <summary>How many checkout keys a cart remembers; a retry comes within minutes, not after a hundred orders.</summary>
    public const int CheckoutsKept = 100;

    public ImmutableList<CartItem> Lines { get; init; } = [];

    /// <summary>Oldest first.</summary>
    public ImmutableList<CheckoutRecord> Checkouts { get; init; } = [];

    public int QuantityOf(string productId) => Lines.Find(l => l.ProductId == productId)?.Quantity ?? 0;

    /// <summary>Adds units of a product; Invalid past the per-line or line-count limits.</summary>
    public CartState WithAdded(string productId, int quantity)
    {
        CheckQuantity(quantity, 1);
        var total = QuantityOf(productId) + quantity;
        if (total > CartLimits.MaxQuantityPerLine)
        {
            throw ShopException.Invalid($"a cart holds at most {CartLimits.MaxQuantityPerLine} of one product");
        }

        if (total == quantity && Lines.Count >= CartLimits.MaxLines)
        {
            throw ShopException.Invalid($"a cart holds at most {CartLimits.MaxLines} different products");
        }

        return Set(productId, total);
    }

    /// <summary>Sets a line's quantity, 0 removing it; NotFound when the product is not in the cart.</summary>
    public CartState WithQuantity(string productId, int quantity)
    {
        CheckQuantity(quantity, 0);
        return QuantityOf(productId) > 0
            ? Set(productId, quantity)
            : throw ShopException.NotFound($"product '{productId}' is not in the cart");
    }

    public CartState Without(string productId) => Set(productId, 0);

    /// <summary>Adds another cart's lines, each capped at the per-line limit; lines past the line limit are left out.</summary>
    public CartState WithMerged(IEnumerable<CartLine> lines) =>
        lines.Aggregate(this, (cart, line) =>
            cart.QuantityOf(line.ProductId) == 0 && cart.Lines.Count >= CartLimits.MaxLines
                ? cart
                : cart.Set(line.ProductId, Math.Min(cart.QuantityOf(line.ProductId) + line.Quantity, CartLimits.MaxQuantityPerLine)));

    /// <summary>The cart once an order's units are bought: what is left of each line beyond the ordered quantity.</summary>
    public CartState WithoutOrdered(IEnumerable<OrderLine> ordered) =>
        ordered.Aggregate(this, (cart, line) => cart.Set(line.ProductId, Math.Max(cart.QuantityOf(line.ProductId) - line.Quantity, 0)));

    public string? OrderFor(string idempotencyKey) => Checkouts.Find(c => c.IdempotencyKey == idempotencyKey)?.OrderId;

    public CartState WithCheckout(string idempotencyKey, string orderId)
    {
        var checkouts = Checkouts.Add(new CheckoutRecord(idempotencyKey, orderId));
        return this with { Checkouts = checkouts.Count > CheckoutsKept ? checkouts.RemoveRange(0, checkouts.Count - CheckoutsKept) : checkouts };
    }

    /// <summary>The cart priced with the products as they are now; lines whose product is gone are left out.</summary>
    public CartView ToView(IReadOnlyDictionary<string, ProductView> products)
    {
        var lines = Lines
            .Select(l => products.GetValueOrDefault(l.ProductId) is { } p ? new CartLine(p.Id, p.Name, l.Quantity, p.Price, p.Stock) : null)
            .OfType<CartLine>()
            .ToList();
        return new CartView(lines, lines.Sum(l => l.Quantity), lines.Sum(l => l.LineTotal), CartLimits.Currency);
    }

    CartState Set(string productId, int quantity)
    {
        var index = Lines.FindIndex(l => l.ProductId == productId);
        var line = new CartItem(productId, quantity);
        return this with
        {
            Lines = (index, quantity) switch
            {
                (< 0, 0) => Lines,
                (< 0, _) => Lines.Add(line),
                (_, 0) => Lines.RemoveAt(index),
                _ => Lines.SetItem(index, line),
            },
        };
    }

    static void CheckQuantity(int quantity, int min)
    {
        if (quantity < min || quantity > CartLimits.MaxQuantityPerLine)
        {
            throw ShopException.Invalid($"quantity must be {min} to {CartLimits.MaxQuantityPerLine}");
        }
    }
}
