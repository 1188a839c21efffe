namespace Elara.Grains.Products;

/// <summary>A partial update: only the fields that are not null change.</summary>
public sealed record ProductChange(
    decimal? Price = null,
    int? Stock = null,
    string? Name = null,
    string? Description = null,
    string? Category = null,
    IReadOnlyDictionary<string, string>? Attributes = null,
    string? ImageUrl = null);
