namespace Elara.Grains.Embeddings;

/// <summary>
/// How <see cref="CatalogEmbeddingTrainer"/> builds a model. Words seen in fewer than <paramref name="MinDocuments"/>
/// products get no vector of their own (their co-occurrences are too few to trust) and borrow one from their trigrams.
/// </summary>
/// <param name="Dimensions">Length of every vector.</param>
/// <param name="Oversampling">Extra random directions the range finder keeps, so the top ones come out accurate.</param>
/// <param name="PowerIterations">Passes that sharpen the range towards the largest eigenvalues.</param>
/// <param name="MaxVocabulary">The most frequent words that get vectors; the rest use trigrams.</param>
/// <param name="MaxNeighbours">Strongest PPMI entries kept per word, which bounds the sparse matrix.</param>
/// <param name="MaxTermsPerDocument">Words of one product that co-occur; long descriptions would cost quadratically.</param>
/// <param name="TrigramBuckets">Hashed character-trigram slots.</param>
/// <param name="ContextSmoothing">Exponent on context counts, which keeps rare contexts from dominating PPMI.</param>
public sealed record EmbeddingOptions(
    int Dimensions = 64,
    int Oversampling = 16,
    int PowerIterations = 2,
    int MinDocuments = 2,
    int MaxVocabulary = 20_000,
    int MaxNeighbours = 64,
    int MaxTermsPerDocument = 64,
    int TrigramBuckets = 4096,
    double ContextSmoothing = 0.75)
{
    public static EmbeddingOptions Default { get; } = new();
}
