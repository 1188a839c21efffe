namespace Elara.Grains.SearchIndex;

/// <summary>A shopper who searched <paramref name="Query"/> clicked <paramref name="ProductId"/>.</summary>
public sealed record SearchClicked(string Query, string ProductId);
