namespace Elara.Grains.Products;

/// <summary>How often shoppers did what with a product.</summary>
public sealed record ProductCounters(long Views, long Clicks, long AddsToCart, long RemovesFromCart, long Purchases, long Wishlisted)
{
    public static ProductCounters None { get; } = new(0, 0, 0, 0, 0, 0);
}
