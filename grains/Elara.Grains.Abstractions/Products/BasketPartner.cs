namespace Elara.Grains.Products;

/// <summary>Another product that was in <paramref name="Baskets"/> of the same orders.</summary>
public sealed record BasketPartner(string ProductId, int Baskets);
