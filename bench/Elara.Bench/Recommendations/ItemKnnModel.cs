using System.Numerics.Tensors;

namespace Elara.Bench.Recommendations;

/// <summary>
/// Item-based k-nearest-neighbours, the classic collaborative baseline: cosine similarity of products on the binary
/// customer x product matrix before the split; a customer's score for a product is the sum of its similarities to
/// everything they bought (a product's similarity to itself is left out).
/// </summary>
public sealed class ItemKnnModel : IRecsModel
{
    readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    readonly string[] products;
    readonly float[] similarity;
    readonly IReadOnlyDictionary<string, HashSet<string>> history;

    public ItemKnnModel(SplitData data)
    {
        history = data.History;
        products = [.. data.History.Values.SelectMany(h => h).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        for (var i = 0; i < products.Length; i++)
        {
            index[products[i]] = i;
        }

        var n = products.Length;
        similarity = new float[n * n];
        var buyers = new float[n];
        foreach (var bought in data.History.Values)
        {
            var items = bought.Select(p => index[p]).ToArray();
            foreach (var a in items)
            {
                buyers[a]++;
                var row = a * n;
                foreach (var b in items)
                {
                    similarity[row + b]++;
                }
            }
        }

        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                var co = similarity[(a * n) + b];
                similarity[(a * n) + b] = a == b || co == 0 ? 0 : co / MathF.Sqrt(buyers[a] * buyers[b]);
            }
        }
    }

    public string Name => "itemknn";

    public IReadOnlyList<string> Recommend(string customer, IReadOnlySet<string> excluded, int count)
    {
        var n = products.Length;
        var scores = new float[n];
        foreach (var product in history.GetValueOrDefault(customer) ?? [])
        {
            var row = similarity.AsSpan(index[product] * n, n);
            TensorPrimitives.Add(scores, row, scores);
        }

        return [.. Enumerable.Range(0, n)
            .Where(i => scores[i] > 0 && !excluded.Contains(products[i]))
            .OrderByDescending(i => scores[i])
            .ThenBy(i => products[i], StringComparer.Ordinal)
            .Take(count)
            .Select(i => products[i])];
    }
}
