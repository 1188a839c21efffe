using Elara.Grains.Products;

namespace Elara.Grains.SearchIndex;

/// <summary>A product's popularity for search: weighted behaviour counts, scaled to 0..1 against the catalog's best.</summary>
public static class SearchPopularity
{
    /// <summary>A purchase says more than an add to cart, which says more than a view.</summary>
    public static double Raw(ProductCounters counters) => (counters.Purchases * 5.0) + (counters.AddsToCart * 2.0) + counters.Views;

    /// <summary>
    /// Log-scaled so the long tail still differs (a linear scale puts almost every product near 0); clamped to 1 because
    /// the best score may have grown since the scale was set.
    /// </summary>
    public static double Normalise(double raw, double best) =>
        best <= 0 ? 0 : Math.Clamp(Math.Log(1 + raw) / Math.Log(1 + best), 0, 1);
}
