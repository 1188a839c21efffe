namespace Elara.Grains.Trending;

/// <summary>A product's weighted behaviour in a window (views, adds to cart, purchases) and how many events that was.</summary>
public sealed record TrendingProduct(string ProductId, string Category, double Score, long Events);
