using System.Numerics.Tensors;
using Elara.Grains.Embeddings;

namespace Elara.Grains.Search;

/// <summary>
/// Every product's embedding in one flat row-major array (product x dimension), from a model trained on these
/// products' own texts, scanned with SIMD dot products at query time. Row by row, a filtered-out product costs
/// nothing: the scan skips it before touching its vector.
/// </summary>
public sealed class SemanticIndex
{
    static readonly IComparer<(float Similarity, int Document)> WorstFirst = Comparer<(float Similarity, int Document)>.Create((a, b) =>
        a.Similarity != b.Similarity ? a.Similarity.CompareTo(b.Similarity) : b.Document.CompareTo(a.Document));

    readonly CatalogEmbeddingModel _model;
    readonly float[] _vectors;
    readonly int _dimensions;

    public SemanticIndex(IReadOnlyList<AnalyzedProduct> products, SemanticSearchOptions options)
    {
        var texts = products.Select(p => (IReadOnlyList<string>)[.. p.Fields.SelectMany(f => f)]).ToList();
        _model = CatalogEmbeddingTrainer.Train(texts, options.Embedding, new Random(options.Seed));
        _dimensions = _model.Dimensions;
        _vectors = new float[products.Count * _dimensions];
        Parallel.For(0, products.Count, d => _model.Embed(texts[d], _vectors.AsSpan(d * _dimensions, _dimensions)));
    }

    public long EstimatedBytes => 4L * _vectors.Length + _model.EstimatedBytes;

    /// <summary>
    /// Up to <paramref name="count"/> admitted products whose cosine with the terms' embedding reaches
    /// <paramref name="minSimilarity"/>, most similar first (the earlier product on ties).
    /// </summary>
    public List<int> Nearest(IEnumerable<string> terms, bool[] admitted, int count, float minSimilarity)
    {
        Span<float> query = stackalloc float[_dimensions];
        _model.Embed(terms, query);
        if (TensorPrimitives.Norm(query) == 0)
        {
            return [];
        }

        var heap = new PriorityQueue<int, (float Similarity, int Document)>(count + 1, WorstFirst);
        var floor = minSimilarity;
        for (var d = 0; d < admitted.Length; d++)
        {
            if (!admitted[d])
            {
                continue;
            }

            var similarity = TensorPrimitives.Dot(query, _vectors.AsSpan(d * _dimensions, _dimensions));
            if (similarity < floor)
            {
                continue;
            }

            if (heap.Count < count)
            {
                heap.Enqueue(d, (similarity, d));
            }
            else
            {
                heap.EnqueueDequeue(d, (similarity, d));
            }

            // Once full, anything below the worst kept cannot get in: skip the heap for it.
            if (heap.Count == count && heap.TryPeek(out _, out var worst))
            {
                floor = worst.Similarity;
            }
        }

        var nearest = new List<int>(heap.Count);
        while (heap.TryDequeue(out var d, out _))
        {
            nearest.Add(d);
        }

        nearest.Reverse();
        return nearest;
    }

    /// <summary>
    /// The shopper's live preference vector: the normalised sum of the given products' embeddings, the most recent
    /// weighing most (each earlier one <paramref name="decay"/> times the next). False when none has an embedding.
    /// </summary>
    public bool TryPreference(IEnumerable<int> documentsMostRecentFirst, float decay, Span<float> preference)
    {
        preference.Clear();
        var weight = 1f;
        foreach (var d in documentsMostRecentFirst)
        {
            TensorPrimitives.MultiplyAdd(_vectors.AsSpan(d * _dimensions, _dimensions), weight, preference, preference);
            weight *= decay;
        }

        var norm = TensorPrimitives.Norm(preference);
        if (norm == 0)
        {
            return false;
        }

        TensorPrimitives.Divide(preference, norm, preference);
        return true;
    }

    /// <summary>The cosine of a product with a normalised vector of the same model.</summary>
    public float Similarity(ReadOnlySpan<float> vector, int document) =>
        TensorPrimitives.Dot(vector, _vectors.AsSpan(document * _dimensions, _dimensions));

    public int Dimensions => _dimensions;

    /// <summary>A document's unit vector (all zeros when its words told the model nothing).</summary>
    public ReadOnlySpan<float> VectorOf(int document) => _vectors.AsSpan(document * _dimensions, _dimensions);
}
