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

    /// <summary>
    /// How long a change of popularity alone may wait before searches see it. Behaviour counters move popularity every
    /// few seconds for every product shoppers touch, and each new snapshot redoes the value columns of the whole catalog,
    /// so these are gathered into one snapshot; a change of words, price or stock is seen by the next read.
    /// </summary>
    public TimeSpan PopularityRefresh { get; init; } = TimeSpan.FromSeconds(1);
}
