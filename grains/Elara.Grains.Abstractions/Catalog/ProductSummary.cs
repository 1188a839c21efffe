namespace Elara.Grains.Catalog;

/// <summary>What a product list shows of a product.</summary>
public sealed record ProductSummary(string Id, string Name, string Category, decimal Price, int Stock, string ImageUrl);
