namespace Elara.Grains.Search;

/// <summary>What the search index knows of one product. Popularity is 0..1 (the shop's most popular product is 1).</summary>
public sealed record SearchDocument(
    string Id,
    string Name,
    string Category,
    string Description,
    IReadOnlyDictionary<string, string> Attributes,
    decimal Price,
    int Stock,
    double Popularity,
    DateTimeOffset UpdatedAt);
