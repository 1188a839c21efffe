namespace Elara.Grains.Products;

/// <summary>A product as an admin or an import describes it.</summary>
public sealed record NewProduct(
    string Id,
    string Name,
    string Description,
    string Category,
    decimal Price,
    int Stock,
    IReadOnlyDictionary<string, string>? Attributes = null,
    string? ImageUrl = null);
