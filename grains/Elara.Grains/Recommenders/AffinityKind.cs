namespace Elara.Grains.Recommenders;

/// <summary>The strongest thing a shopper did with a product, strongest last.</summary>
public enum AffinityKind
{
    Viewed,
    Wished,
    Carted,
    Bought,
}
