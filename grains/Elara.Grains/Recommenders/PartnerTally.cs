namespace Elara.Grains.Recommenders;

/// <summary>How strongly (weighted) and how many times two products occurred together.</summary>
sealed class PartnerTally
{
    public double Weight { get; set; }

    public int Times { get; set; }
}
