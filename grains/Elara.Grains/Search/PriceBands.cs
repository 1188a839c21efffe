namespace Elara.Grains.Search;

/// <summary>The fixed price bands the price facet counts in, and the "cheap" rule.</summary>
public static class PriceBands
{
    static readonly decimal[] Edges = [5m, 10m, 20m, 50m];

    static readonly string[] Labels = ["under £5", "£5–£10", "£10–£20", "£20–£50", "£50 and over"];

    public static string For(decimal price)
    {
        var band = 0;
        while (band < Edges.Length && price >= Edges[band])
        {
            band++;
        }

        return Labels[band];
    }

    /// <summary>A band's position, cheapest first, so the facet lists bands in price order.</summary>
    public static int Rank(string label) => Array.IndexOf(Labels, label);

    /// <summary>
    /// "Cheap" with no number means the cheapest third of what matches: the price at the 33rd percentile becomes the
    /// upper bound, so the word adapts to candles and to sofas alike.
    /// </summary>
    public static decimal CheapBound(IReadOnlyList<decimal> prices)
    {
        if (prices.Count == 0)
        {
            return 0;
        }

        var sorted = prices.Order().ToArray();
        return sorted[(sorted.Length - 1) / 3];
    }
}
