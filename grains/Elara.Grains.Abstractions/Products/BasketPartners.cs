namespace Elara.Grains.Products;

/// <summary>How many orders held a product (<paramref name="Baskets"/>), and its most frequent companions in them.</summary>
public sealed record BasketPartners(int Baskets, IReadOnlyList<BasketPartner> Partners);
