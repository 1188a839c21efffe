namespace Elara.Bench.Recommendations;

/// <summary>The averages of one model on one variant: HR@k, NDCG@k (binary gain), Recall@2k, MAP@k and top-k catalog coverage.</summary>
public sealed record ListScores(double HitRate, double Ndcg, double Recall, double MeanAveragePrecision, double Coverage);
