namespace Elara.Grains.SearchIndex;

/// <summary>A shopper's category preference (0..1, the favourite is 1) from the products they viewed lately.</summary>
public static class CategoryAffinity
{
    /// <summary><paramref name="recentlyViewed"/> is newest first; newer views weigh more.</summary>
    public static IReadOnlyDictionary<string, double> From(IReadOnlyList<string> recentlyViewed, Func<string, string?> categoryOf)
    {
        var weights = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < recentlyViewed.Count; i++)
        {
            if (categoryOf(recentlyViewed[i]) is { } category)
            {
                weights[category] = weights.GetValueOrDefault(category) + (1.0 / (1 + (0.1 * i)));
            }
        }

        var best = weights.Count == 0 ? 0 : weights.Values.Max();
        return weights.ToDictionary(w => w.Key, w => w.Value / best, StringComparer.OrdinalIgnoreCase);
    }
}
