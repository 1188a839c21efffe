namespace Elara.Bench.Search.Eval;

/// <summary>What an evaluation measured, for the report: the systems side by side and, for known-item, recall by noise kind.</summary>
public sealed record EvalOutcome(string Mode, int Queries, string Notes, IReadOnlyList<SystemScores> Systems, IReadOnlyList<NoiseRecall> ByNoise);
