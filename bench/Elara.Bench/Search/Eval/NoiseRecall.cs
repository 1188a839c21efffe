using Elara.Bench.Search.Queries;

namespace Elara.Bench.Search.Eval;

/// <summary>
/// Recall@10 and latency p95 of each system over the queries that carry one kind of noise (a query with two kinds
/// counts in both).
/// </summary>
public sealed record NoiseRecall(NoiseKind Kind, int Queries, IReadOnlyList<double> RecallBySystem, IReadOnlyList<double> P95MsBySystem);
