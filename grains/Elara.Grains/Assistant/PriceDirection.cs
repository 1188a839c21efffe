namespace Elara.Grains.Assistant;

/// <summary>"cheaper" or "more expensive" than what was shown.</summary>
public enum PriceDirection
{
    None,
    Lower,
    Higher,
}
