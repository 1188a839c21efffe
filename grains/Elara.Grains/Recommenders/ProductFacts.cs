namespace Elara.Grains.Recommenders;

/// <summary>What the ranker needs to know of a product: its name (for reasons), category, price, stock and content vector.</summary>
public sealed record ProductFacts(string Name, string Category, decimal Price, int Stock, float[]? Vector)
{
    public bool InStock => Stock > 0;
}
