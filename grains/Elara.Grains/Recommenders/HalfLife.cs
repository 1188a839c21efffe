namespace Elara.Grains.Recommenders;

/// <summary>Exponential forgetting: a signal is worth half as much after each <see cref="Period"/>.</summary>
public readonly record struct HalfLife(TimeSpan Period)
{
    /// <summary>What one unit recorded at <paramref name="at"/> is worth at <paramref name="now"/> (1 for the future).</summary>
    public double Factor(DateTimeOffset at, DateTimeOffset now) =>
        now <= at ? 1 : Math.Pow(2, -(now - at).TotalSeconds / Period.TotalSeconds);
}
