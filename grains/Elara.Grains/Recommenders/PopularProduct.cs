namespace Elara.Grains.Recommenders;

/// <summary>A popular product with its popularity scaled to 0..1; <paramref name="Trending"/> when it is rising now.</summary>
public sealed record PopularProduct(string ProductId, double Score, bool Trending);
