namespace Elara.Bench.Recommendations;

/// <summary>The baseline every shop starts with: products by how many distinct customers bought them before the split.</summary>
public sealed class PopularityModel : IRecsModel
{
    readonly List<string> ranked;

    public PopularityModel(SplitData data)
    {
        var buyers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var products in data.History.Values)
        {
            foreach (var product in products)
            {
                buyers[product] = buyers.GetValueOrDefault(product) + 1;
            }
        }

        ranked = [.. buyers.OrderByDescending(b => b.Value).ThenBy(b => b.Key, StringComparer.Ordinal).Select(b => b.Key)];
    }

    public string Name => "popularity";

    public IReadOnlyList<string> Recommend(string customer, IReadOnlySet<string> excluded, int count) =>
        [.. ranked.Where(p => !excluded.Contains(p)).Take(count)];
}
