namespace Elara.Grains.Products;

/// <summary>A price from a moment on.</summary>
public sealed record PricePoint(decimal Price, DateTimeOffset At);
