using System.Numerics.Tensors;
using Elara.Grains.Search;

namespace Elara.Grains.Embeddings;

/// <summary>
/// A text embedding learned from one catalog: a unit vector per frequent word, plus hashed character-trigram vectors
/// for words it never saw (or saw misspelt). A text's vector is the normalised IDF-weighted sum of its words' vectors.
/// Immutable, so any number of threads may embed at once.
/// </summary>
public sealed class CatalogEmbeddingModel
{
    readonly Dictionary<string, int> _words;
    readonly float[] _wordVectors;
    readonly float[] _idf;
    readonly float _unknownIdf;
    readonly float[] _trigramVectors;
    readonly int _trigramBuckets;

    /// <param name="vectors">Row-major, one row of <see cref="EmbeddingOptions.Dimensions"/> per word id; rows are normalised here.</param>
    /// <param name="unknownIdf">The weight of a word outside the vocabulary: it is at least as rare as the rarest known one.</param>
    public CatalogEmbeddingModel(
        IReadOnlyDictionary<string, int> words, float[] vectors, float[] idf, float unknownIdf, EmbeddingOptions options)
    {
        Dimensions = options.Dimensions;
        _words = new Dictionary<string, int>(words, StringComparer.Ordinal);
        _wordVectors = vectors;
        _idf = idf;
        _unknownIdf = unknownIdf;
        _trigramBuckets = options.TrigramBuckets;
        _trigramVectors = new float[_trigramBuckets * Dimensions];
        foreach (var (word, id) in _words)
        {
            var vector = Row(_wordVectors, id);
            Normalise(vector);
            foreach (var bucket in CharacterTrigrams.Buckets(word, _trigramBuckets))
            {
                var sum = Row(_trigramVectors, bucket);
                TensorPrimitives.Add(sum, vector, sum);
            }
        }

        for (var bucket = 0; bucket < _trigramBuckets; bucket++)
        {
            Normalise(Row(_trigramVectors, bucket));
        }
    }

    public int Dimensions { get; }

    public long EstimatedBytes => 4L * (_wordVectors.Length + _idf.Length + _trigramVectors.Length) + 60L * _words.Count;

    /// <summary>Embeds raw text, analysed as the search index analyses it (stop words dropped, words stemmed).</summary>
    public void Embed(string text, Span<float> destination) => Embed(TextAnalyzer.Terms(text), destination);

    /// <summary>Embeds already analysed words; all zeros when none of them tells the model anything.</summary>
    public void Embed(IEnumerable<string> terms, Span<float> destination)
    {
        destination.Clear();
        Span<float> borrowed = stackalloc float[Dimensions];
        foreach (var term in terms)
        {
            if (_words.TryGetValue(term, out var id))
            {
                TensorPrimitives.MultiplyAdd(Row(_wordVectors, id), _idf[id], destination, destination);
            }
            else
            {
                FromTrigrams(term, borrowed);
                TensorPrimitives.MultiplyAdd(borrowed, _unknownIdf, destination, destination);
            }
        }

        Normalise(destination);
    }

    /// <summary>An unknown word's vector: the normalised sum of its trigrams' vectors (zero when none is known).</summary>
    void FromTrigrams(string word, Span<float> destination)
    {
        destination.Clear();
        foreach (var bucket in CharacterTrigrams.Buckets(word, _trigramBuckets))
        {
            TensorPrimitives.Add(Row(_trigramVectors, bucket), destination, destination);
        }

        Normalise(destination);
    }

    Span<float> Row(float[] rows, int row) => rows.AsSpan(row * Dimensions, Dimensions);

    static void Normalise(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }
}
