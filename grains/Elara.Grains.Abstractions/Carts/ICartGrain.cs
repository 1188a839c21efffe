using Elara.Runtime;

namespace Elara.Grains.Carts;

/// <summary>
/// A shopper's cart (key: the shopper id). Every change is stored before it is acknowledged. Checkout turns the cart
/// into an order: stock is reserved on the products, the card is charged once per idempotency key, and the cart empties.
/// </summary>
public interface ICartGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<CartView> GetAsync();

    /// <summary>Adds units (NotFound for an unknown product, Invalid past the per-line limit).</summary>
    Task<CartView> AddAsync(string productId, int quantity);

    /// <summary>Sets a line's quantity; 0 removes it (NotFound when the product is not in the cart).</summary>
    Task<CartView> SetQuantityAsync(string productId, int quantity);

    Task<CartView> RemoveAsync(string productId);

    /// <summary>Moves another cart's lines into this one (an anonymous cart at sign-in) and empties it.</summary>
    Task<CartView> MergeFromAsync(string otherCartId);

    /// <summary>Hands the lines over and empties this cart (the other side of a merge).</summary>
    Task<IReadOnlyList<CartLine>> HandOverAsync();

    /// <summary>
    /// Places and pays an order for the cart. The same idempotency key always answers with the same order, whatever
    /// its outcome; the order's status says whether it was paid.
    /// </summary>
    Task<OrderPlacement> CheckoutAsync(CheckoutRequest request);
}
