namespace Elara.Grains.Search;

/// <summary>One found product, its score and a short "why" (e.g. "name matches lantern; red; under £5").</summary>
public sealed record SearchHit(string Id, string Name, string Category, decimal Price, int Stock, double Score, string Why)
{
    /// <summary>How <see cref="Why"/> begins for a hit only the semantic side found: none of the query's words explains it.</summary>
    public const string SimilarOnly = "similar to your words";

    public bool FoundBySimilarityOnly => Why.StartsWith(SimilarOnly, StringComparison.Ordinal);
}
