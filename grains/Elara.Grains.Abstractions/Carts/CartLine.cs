namespace Elara.Grains.Carts;

/// <summary>One product in a cart, priced as the product is now.</summary>
public sealed record CartLine(string ProductId, string Name, int Quantity, decimal UnitPrice, int InStock)
{
    public decimal LineTotal => UnitPrice * Quantity;
}
