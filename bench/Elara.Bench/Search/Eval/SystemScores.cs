namespace Elara.Bench.Search.Eval;

/// <summary>A system's means over the queries, and its latency percentiles.</summary>
public sealed record SystemScores(string Name, string Access, double BuildSeconds, double Mrr, double Recall, double Ndcg, double P50Ms, double P95Ms)
{
    public static SystemScores Of(SystemRun run, IReadOnlyList<QueryScore> scores) => new(
        run.Name,
        run.Access,
        run.BuildSeconds,
        scores.Average(s => s.ReciprocalRank),
        scores.Average(s => s.Recall),
        scores.Average(s => s.Ndcg),
        run.Latency.PercentileMs(0.50),
        run.Latency.PercentileMs(0.95));
}
