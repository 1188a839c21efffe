namespace Elara.Grains.Trending;

/// <summary>What a trending count counts: weighted product events, searches, searches without a hit, or shoppers at a funnel stage.</summary>
public enum TallyKind
{
    Product,
    Query,
    ZeroResultQuery,
    Funnel,
}
