namespace Elara.Grains.Products;

/// <summary>A product as shoppers and admins see it.</summary>
public sealed record ProductView(
    string Id,
    string Name,
    string Description,
    string Category,
    decimal Price,
    int Stock,
    IReadOnlyDictionary<string, string> Attributes,
    string ImageUrl,
    ProductCounters Counters,
    IReadOnlyList<PricePoint> PriceHistory,
    IReadOnlyList<StockPoint> StockHistory,
    DateTimeOffset UpdatedAt)
{
    public bool InStock => Stock > 0;
}
