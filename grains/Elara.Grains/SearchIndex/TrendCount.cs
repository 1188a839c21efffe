namespace Elara.Grains.SearchIndex;

/// <summary>A query's count as it stood at <paramref name="At"/>; it halves every <see cref="QueryTrends.HalfLife"/>.</summary>
public sealed record TrendCount(double Count, DateTimeOffset At)
{
    public double DecayedTo(DateTimeOffset now) =>
        now <= At ? Count : Count * Math.Pow(0.5, (now - At) / QueryTrends.HalfLife);
}
