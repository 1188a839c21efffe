using System.Numerics.Tensors;
using Elara.Grains.Recommenders;

namespace Elara.Bench.Recommendations.Bench;

/// <summary>
/// The baseline: score every product on the shelf against the shopper (content cosine to the preference vector, category
/// interest, popularity, with the shop's weights), then sort them all. No item graph, no candidate pruning, no diversity:
/// what "personalised" costs without the design's candidate sets.
/// </summary>
public sealed class FullScanRanker(RecommenderOptions options)
{
    public IReadOnlyList<string> Rank(PreferenceVector taste, DateTimeOffset now, int limit, IReadOnlySet<string> excluded,
        IReadOnlyList<PopularProduct> popular, ProductVectorIndex shelf)
    {
        var query = taste.Vector;
        var categories = taste.CategoriesAt(now, options.TasteHalfLife).ToDictionary(c => c.Category, c => c.Score, StringComparer.Ordinal);
        var popularity = popular.ToDictionary(p => p.ProductId, p => p.Score, StringComparer.Ordinal);
        var scored = new List<(string ProductId, double Score)>(shelf.Count);
        foreach (var id in shelf.ProductIds)
        {
            if (excluded.Contains(id) || !shelf.TryGet(id, out var facts) || !facts.InStock)
            {
                continue;
            }

            var content = query.Length > 0 && facts.Vector is { Length: > 0 } v && v.Length == query.Length
                ? Math.Max(0, TensorPrimitives.CosineSimilarity(query, v))
                : 0;
            scored.Add((id, (options.ContentWeight * content)
                + (options.CategoryWeight * categories.GetValueOrDefault(facts.Category))
                + (options.PopularityWeight * popularity.GetValueOrDefault(id))));
        }

        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        return [.. scored.Take(limit).Select(s => s.ProductId)];
    }
}
