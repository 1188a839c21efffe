namespace Elara.Grains.Analytics;

/// <summary>Distinct shoppers in a window who viewed a product, added one to their cart, and bought; each stage counted on its own.</summary>
public sealed record ConversionFunnel(long Viewed, long AddedToCart, long Purchased);
