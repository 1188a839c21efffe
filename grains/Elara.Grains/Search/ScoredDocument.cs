namespace Elara.Grains.Search;

/// <summary>A document's BM25F score and how much of the typed query it covers.</summary>
public readonly record struct ScoredDocument(int Document, double Score, double Coverage);
