namespace Elara.Bench.Search.Queries;

/// <summary>How a known-item query differs from the product's name, in the order the changes are applied.</summary>
public enum NoiseKind
{
    None,
    DroppedWord,
    PluralSwap,
    Typo,
    Reordered,
    PriceBound,
}
