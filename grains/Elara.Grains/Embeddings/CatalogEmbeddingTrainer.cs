namespace Elara.Grains.Embeddings;

/// <summary>
/// Trains a <see cref="CatalogEmbeddingModel"/> on the shop's own product texts: words that appear in the same
/// products' texts get close vectors (PPMI, then a randomized truncated eigendecomposition), and hashed character
/// trigrams average the vectors of the words that contain them.
/// </summary>
public static class CatalogEmbeddingTrainer
{
    /// <param name="documents">Per product, its analysed words (name, category, attributes, description).</param>
    /// <param name="random">The only randomness; the same seed gives the same model.</param>
    public static CatalogEmbeddingModel Train(IReadOnlyList<IReadOnlyList<string>> documents, EmbeddingOptions options, Random random)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var word in document.Distinct())
            {
                frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
            }
        }

        var words = frequencies
            .Where(f => f.Value >= options.MinDocuments)
            .OrderByDescending(f => f.Value)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(options.MaxVocabulary)
            .Select(f => f.Key)
            .ToArray();
        var ids = words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var idf = words.Select(w => (float)Math.Log(1 + (double)documents.Count / frequencies[w])).ToArray();
        var wordIds = documents
            .Select(d => d.Where(ids.ContainsKey).Select(w => ids[w]).Distinct().Take(options.MaxTermsPerDocument).ToArray())
            .ToList();
        var matrix = PpmiMatrix.Build(wordIds, words.Length, options);
        var vectors = RandomizedEigensolver.Embed(matrix, options.Dimensions, options.Oversampling, options.PowerIterations, random);
        var unknownIdf = (float)Math.Log(1 + (double)documents.Count / Math.Max(1, options.MinDocuments - 1));
        return new CatalogEmbeddingModel(ids, vectors, idf, unknownIdf, options);
    }
}
