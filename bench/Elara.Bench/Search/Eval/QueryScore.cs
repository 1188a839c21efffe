namespace Elara.Bench.Search.Eval;

/// <summary>One query's reciprocal rank, recall and NDCG, all at 10.</summary>
public readonly record struct QueryScore(double ReciprocalRank, double Recall, double Ndcg);
