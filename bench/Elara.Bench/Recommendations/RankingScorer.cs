namespace Elara.Bench.Recommendations;

/// <summary>Accumulates one model's lists on one variant. Ranks are 1-based; gains are binary (bought after the split or not).</summary>
public sealed class RankingScorer(int k, int catalogSize)
{
    readonly HashSet<string> shown = new(StringComparer.Ordinal);
    double hits;
    double ndcg;
    double recall;
    double map;
    int users;

    public void Add(IReadOnlyList<string> ranked, IReadOnlySet<string> truth)
    {
        users++;
        var top = ranked.Take(k).ToList();
        shown.UnionWith(top);
        var dcg = 0.0;
        var precisionSum = 0.0;
        var found = 0;
        for (var i = 0; i < top.Count; i++)
        {
            if (truth.Contains(top[i]))
            {
                found++;
                dcg += 1 / Math.Log2(i + 2);
                precisionSum += (double)found / (i + 1);
            }
        }

        var ideal = Enumerable.Range(0, Math.Min(truth.Count, k)).Sum(i => 1 / Math.Log2(i + 2));
        hits += found > 0 ? 1 : 0;
        ndcg += ideal > 0 ? dcg / ideal : 0;
        map += precisionSum / Math.Min(truth.Count, k);
        recall += (double)ranked.Take(2 * k).Count(truth.Contains) / truth.Count;
    }

    public ListScores Scores() => users == 0
        ? new ListScores(0, 0, 0, 0, 0)
        : new ListScores(hits / users, ndcg / users, recall / users, map / users, catalogSize == 0 ? 0 : (double)shown.Count / catalogSize);
}
