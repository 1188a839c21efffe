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
    DateTimeOffset UpdatedAt)
{
    /// <summary>Whether the other version has the same words (name, category, description, attributes).</summary>
    public bool SameText(SearchDocument other) =>
        Name == other.Name
        && Category == other.Category
        && Description == other.Description
        && Attributes.Count == other.Attributes.Count
        && Attributes.All(a => other.Attributes.TryGetValue(a.Key, out var value) && value == a.Value);
}
