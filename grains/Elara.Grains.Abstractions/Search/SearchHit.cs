namespace Elara.Grains.Search;

/// <summary>One found product, its score and a short "why" (e.g. "name matches lantern; red; under £5").</summary>
public sealed record SearchHit(string Id, string Name, string Category, decimal Price, int Stock, double Score, string Why);
