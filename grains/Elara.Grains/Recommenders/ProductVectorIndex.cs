using System.Numerics.Tensors;

namespace Elara.Grains.Recommenders;

/// <summary>
/// The products a recommender may show, with their facts and unit content vectors in one row-major block, so a
/// nearest-neighbour query is one SIMD dot product per product. Immutable once built: readers need no lock.
/// </summary>
public sealed class ProductVectorIndex : IProductFacts
{
    readonly Dictionary<string, ProductFacts> facts;
    readonly string[] ids;
    readonly float[] block;
    readonly int dimensions;
    readonly Dictionary<string, List<string>> byCategory = new(StringComparer.Ordinal);

    /// <param name="products">Products by id; those with a vector of <paramref name="dimensions"/> floats take part in scans.</param>
    public ProductVectorIndex(IReadOnlyDictionary<string, ProductFacts> products, int dimensions)
    {
        this.dimensions = dimensions;
        facts = new Dictionary<string, ProductFacts>(products, StringComparer.Ordinal);
        var withVectors = products.Where(p => p.Value.Vector is { Length: > 0 } v && v.Length == dimensions && TensorPrimitives.Norm(v) > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var (id, product) in products.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!byCategory.TryGetValue(product.Category, out var members))
            {
                byCategory[product.Category] = members = [];
            }

            members.Add(id);
        }

        ids = [.. withVectors.Select(p => p.Key)];
        block = new float[ids.Length * dimensions];
        for (var i = 0; i < ids.Length; i++)
        {
            var row = block.AsSpan(i * dimensions, dimensions);
            var vector = withVectors[i].Value.Vector!;
            TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), row);
        }
    }

    public static ProductVectorIndex Empty { get; } = new(new Dictionary<string, ProductFacts>(), 0);

    public int Count => facts.Count;

    public IEnumerable<string> ProductIds => facts.Keys;

    public bool TryGet(string productId, out ProductFacts productFacts) => facts.TryGetValue(productId, out productFacts!);

    public IReadOnlyList<string> InCategory(string category, int count) =>
        byCategory.TryGetValue(category, out var members) ? members.Take(count).ToList() : [];

    public IReadOnlyList<(string ProductId, double Similarity)> Nearest(ReadOnlySpan<float> vector, int count)
    {
        var norm = vector.Length == dimensions ? TensorPrimitives.Norm(vector) : 0;
        if (norm <= 0 || ids.Length == 0 || count <= 0)
        {
            return [];
        }

        // A bounded min-heap keeps the best `count` without sorting every product.
        var best = new PriorityQueue<int, float>(count + 1);
        for (var i = 0; i < ids.Length; i++)
        {
            var similarity = TensorPrimitives.Dot(vector, block.AsSpan(i * dimensions, dimensions)) / norm;
            if (best.Count < count)
            {
                best.Enqueue(i, similarity);
            }
            else if (best.TryPeek(out _, out var worst) && similarity > worst)
            {
                best.EnqueueDequeue(i, similarity);
            }
        }

        var found = new List<(string, double)>(best.Count);
        while (best.TryDequeue(out var i, out var similarity))
        {
            found.Add((ids[i], similarity));
        }

        found.Reverse();
        return found;
    }
}
