namespace Elara.Grains.Products;

/// <summary>
/// A product as it is after a change (data, price, stock or counters), published on <see cref="ProductChangeStream"/>
/// for the replicas each silo keeps, such as the search index.
/// </summary>
public sealed record ProductChanged(
    string Id,
    string Name,
    string Description,
    string Category,
    decimal Price,
    int Stock,
    IReadOnlyDictionary<string, string> Attributes,
    ProductCounters Counters,
    DateTimeOffset UpdatedAt)
{
    public static ProductChanged From(ProductView product) => new(
        product.Id,
        product.Name,
        product.Description,
        product.Category,
        product.Price,
        product.Stock,
        product.Attributes,
        product.Counters,
        product.UpdatedAt);
}
