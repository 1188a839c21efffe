using Elara.Runtime;

namespace Elara.Grains.Products;

/// <summary>
/// One product (key: its product id, e.g. a StockCode): catalog data, price and stock with history, behaviour counters.
/// Stock is reserved per order inside this grain's turns, so concurrent checkouts can never oversell.
/// </summary>
public interface IProductGrain : IGrainWithStringKey
{
    /// <summary>The product, or null when no product has this id.</summary>
    [ReadOnly]
    Task<ProductView?> GetAsync();

    /// <summary>Creates the product, or replaces its data when it exists (imports re-run safely); stock and price changes enter the history.</summary>
    Task<ProductView> UpsertAsync(NewProduct product);

    /// <summary>Changes the given fields; throws ShopException NotFound for an unknown product.</summary>
    Task<ProductView> UpdateAsync(ProductChange change);

    /// <summary>Takes <paramref name="quantity"/> units out of stock for the order; idempotent per order id. False when not enough stock.</summary>
    Task<bool> ReserveAsync(string orderId, int quantity);

    /// <summary>Puts an order's reserved units back (the order failed); a no-op for an unknown order.</summary>
    Task ReleaseAsync(string orderId);

    /// <summary>The order was paid: its reservation becomes a sale.</summary>
    Task CommitAsync(string orderId);

    /// <summary>Counts a behaviour event about this product (views, adds to cart, purchases, wishlist adds).</summary>
    Task RecordAsync(BehaviourCount kind, int quantity);

    /// <summary>Counts one order that held this product together with <paramref name="productIds"/> (its own id is skipped).</summary>
    Task RecordBasketAsync(IReadOnlyList<string> productIds);

    /// <summary>Adds or replaces (one per shopper) a review; NotFound for an unknown product, Invalid for a bad rating or text.</summary>
    Task<ProductReviews> ReviewAsync(ProductReview review);

    [ReadOnly]
    Task<ProductReviews> GetReviewsAsync(int limit);

    /// <summary>The orders that held this product and its <paramref name="limit"/> most frequent companions in them.</summary>
    [ReadOnly]
    Task<BasketPartners> GetBasketPartnersAsync(int limit);
}
