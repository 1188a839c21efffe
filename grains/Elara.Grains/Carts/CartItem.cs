namespace Elara.Grains.Carts;

/// <summary>A cart line as stored: which product and how many; names and prices are looked up when the cart is shown.</summary>
public sealed record CartItem(string ProductId, int Quantity);
