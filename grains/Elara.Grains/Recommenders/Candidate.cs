namespace Elara.Grains.Recommenders;

/// <summary>
/// A product being ranked: its signals (the score is their sum) and what its reason would be made from, so only the
/// products that make the list pay for a reason's text. <paramref name="LikeYou"/> is how many of the shopper's
/// neighbours have it.
/// </summary>
sealed record Candidate(
    string ProductId, ProductFacts Facts, RankingSignals Parts, SpreadScore Because, int LikeYou, PopularProduct? Popular, ItemAffinity? Bought)
{
    public double Score { get; } = Parts.Total;

    /// <summary>The most any product already picked is like this one (content cosine, or a shared category).</summary>
    public double Likeness { get; set; }
}
