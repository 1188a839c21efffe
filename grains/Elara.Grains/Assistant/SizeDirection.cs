namespace Elara.Grains.Assistant;

/// <summary>"bigger" or "smaller" than the product referred to.</summary>
public enum SizeDirection
{
    None,
    Larger,
    Smaller,
}
