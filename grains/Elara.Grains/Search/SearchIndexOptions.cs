namespace Elara.Grains.Search;

/// <summary>
/// Ranking knobs. Scores are BM25F x coverage x (1 + <paramref name="PopularityWeight"/> x popularity)
/// x (1 + <paramref name="AffinityWeight"/> x the shopper's affinity for the product's category)
/// x (1 + <paramref name="PreferenceWeight"/> x the cosine of the product with the shopper's preference vector, when
/// positive), then fused with the semantic ranking as <see cref="Semantic"/> says.
/// </summary>
public sealed record SearchIndexOptions(
    double PopularityWeight = 0.2,
    double AffinityWeight = 0.5,
    double CatalogSynonymWeight = 0.15,
    double ClickSynonymWeight = 0.5,
    double FilterWordWeight = 1.0,
    double NamedCategoryBoost = 0.3,
    double PreferenceWeight = 0.5)
{
    public Bm25Options Bm25 { get; init; } = Bm25Options.Default;

    public SemanticSearchOptions Semantic { get; init; } = SemanticSearchOptions.Default;
}
