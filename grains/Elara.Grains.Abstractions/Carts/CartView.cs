namespace Elara.Grains.Carts;

public sealed record CartView(IReadOnlyList<CartLine> Lines, int ItemCount, decimal Total, string Currency)
{
    public static CartView Empty { get; } = new([], 0, 0m, CartLimits.Currency);
}
