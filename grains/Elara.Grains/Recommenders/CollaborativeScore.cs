namespace Elara.Grains.Recommenders;

/// <summary>
/// A candidate's collaborative score summed over the shopper's products, and the product that contributed most
/// (the "because you ... X" of its reason) with that pair's co-occurrence count (the social proof).
/// </summary>
public readonly record struct CollaborativeScore(double Score, string Because, double BecauseContribution, int BecauseTimes)
{
    public CollaborativeScore Add(double contribution, string from, int times) =>
        contribution > BecauseContribution
            ? new(Score + contribution, from, contribution, times)
            : this with { Score = Score + contribution };
}
