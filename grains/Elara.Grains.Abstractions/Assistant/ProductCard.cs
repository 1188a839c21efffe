namespace Elara.Grains.Assistant;

/// <summary>A product the assistant shows, at its 1-based <paramref name="Position"/>, with why it was picked.</summary>
public sealed record ProductCard(
    int Position,
    string Id,
    string Name,
    string Category,
    decimal Price,
    int Stock,
    string ImageUrl,
    string Reason);
