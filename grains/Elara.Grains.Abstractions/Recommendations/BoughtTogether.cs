using Elara.Grains.Catalog;

namespace Elara.Grains.Recommendations;

/// <summary>
/// A product bought in the same baskets as another: <paramref name="Baskets"/> baskets held both,
/// <paramref name="Support"/> = those baskets / all baskets, <paramref name="Confidence"/> = those baskets / the baskets
/// holding the first product.
/// </summary>
public sealed record BoughtTogether(ProductSummary Product, int Baskets, double Support, double Confidence, string Reason);
