namespace Elara.Grains.Search;

/// <summary>One term to score: its stem, the word to show in reasons, a weight (1 when typed, less otherwise), its role.</summary>
public sealed record QueryTerm(string Stem, string Word, double Weight, TermRole Role)
{
    public bool Typed => Role == TermRole.Typed;
}
