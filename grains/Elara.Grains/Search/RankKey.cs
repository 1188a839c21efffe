namespace Elara.Grains.Search;

/// <summary>How a hit orders under a sort: a primary and a secondary value (higher is better), then the earlier document.</summary>
public readonly record struct RankKey(double Primary, double Secondary, int Document)
{
    /// <summary>Orders the worst first, as the bounded heap that keeps the best needs.</summary>
    public static IComparer<RankKey> WorstFirst { get; } = Comparer<RankKey>.Create((a, b) =>
        a.Primary != b.Primary ? a.Primary.CompareTo(b.Primary)
        : a.Secondary != b.Secondary ? a.Secondary.CompareTo(b.Secondary)
        : b.Document.CompareTo(a.Document));
}
