namespace Elara.Bench.Search.Queries;

/// <summary>A query meant to find one product, and the noise that was put into it.</summary>
public sealed record KnownItemQuery(EvalQuery Query, string TargetId, IReadOnlyList<NoiseKind> Noise);
