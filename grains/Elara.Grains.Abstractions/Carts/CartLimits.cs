namespace Elara.Grains.Carts;

/// <summary>Limits every cart keeps, so no request can make a cart (or an order) absurd.</summary>
public static class CartLimits
{
    public const int MaxQuantityPerLine = 99;

    public const int MaxLines = 100;

    public const string Currency = "GBP";
}
