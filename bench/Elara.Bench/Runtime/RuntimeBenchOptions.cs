namespace Elara.Bench.Runtime;

/// <summary>The knobs of <c>bench runtime</c>; the defaults keep a whole run well under two minutes on two cores.</summary>
public sealed record RuntimeBenchOptions
{
    public int Seconds { get; init; } = 10;

    public int Grains { get; init; } = 10_000;

    public int Callers { get; init; } = 64;

    public int Activations { get; init; } = 200_000;

    /// <summary>Warm-up before each measured call phase: long enough for tiered JIT to settle, short next to the run.</summary>
    public TimeSpan WarmUp => TimeSpan.FromSeconds(Math.Clamp(Seconds / 5.0, 1, 3));
}
