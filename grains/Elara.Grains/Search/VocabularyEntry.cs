namespace Elara.Grains.Search;

/// <summary>A phrase the catalog knows: its kind and the value filters and chips use ("grey", "Home & Garden").</summary>
public sealed record VocabularyEntry(VocabularyKind Kind, string Value);
