using Elara.Grains.Products;

namespace Elara.Api.Catalog;

/// <summary>
/// A product as shoppers see it. The stock history is left out: its reasons name order ids, which are the buyers' business.
/// </summary>
public sealed record ProductDetails(
    string Id,
    string Name,
    string Description,
    string Category,
    decimal Price,
    int Stock,
    bool InStock,
    IReadOnlyDictionary<string, string> Attributes,
    string ImageUrl,
    ProductCounters Counters,
    IReadOnlyList<PricePoint> PriceHistory,
    DateTimeOffset UpdatedAt)
{
    public static ProductDetails From(ProductView product) => new(
        product.Id,
        product.Name,
        product.Description,
        product.Category,
        product.Price,
        product.Stock,
        product.InStock,
        product.Attributes,
        product.ImageUrl,
        product.Counters,
        product.PriceHistory,
        product.UpdatedAt);
}
