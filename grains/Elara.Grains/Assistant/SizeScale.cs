namespace Elara.Grains.Assistant;

/// <summary>Size words in order from smallest to largest, so "bigger" can be answered across categories.</summary>
public static class SizeScale
{
    static readonly string[] Order = ["mini", "pocket", "small", "standard", "medium", "large", "family size", "jumbo", "giant"];

    /// <summary>Positive when <paramref name="size"/> is larger than <paramref name="than"/>; 0 when either is unknown.</summary>
    public static int Compare(string? size, string? than) =>
        Rank(size) is { } a && Rank(than) is { } b ? a.CompareTo(b) : 0;

    /// <summary>The sizes larger (or smaller) than <paramref name="size"/>; none for an unknown size or no direction.</summary>
    public static IReadOnlyList<string> Beyond(string? size, SizeDirection direction) =>
        (Rank(size), direction) switch
        {
            ({ } rank, SizeDirection.Larger) => Order[(rank + 1)..],
            ({ } rank, SizeDirection.Smaller) => Order[..rank],
            _ => [],
        };

    static int? Rank(string? size) =>
        Array.IndexOf(Order, size?.Trim().ToLowerInvariant()) is var i and >= 0 ? i : null;
}
