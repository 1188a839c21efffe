namespace Elara.Bench.Search.Metrics;

/// <summary>Ranking quality of one query's top-k answer. Pure functions: ranks are 1-based, null means not in the top k.</summary>
public static class RankingMetrics
{
    public const int K = 10;

    /// <summary>The 1-based position of <paramref name="id"/> in the first <paramref name="k"/> results, or null.</summary>
    public static int? RankOf(IReadOnlyList<string> ranked, string id, int k = K)
    {
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (ranked[i] == id)
            {
                return i + 1;
            }
        }

        return null;
    }

    public static double ReciprocalRank(int? rank) => rank is { } r ? 1.0 / r : 0;

    public static double Hit(int? rank) => rank is null ? 0 : 1;

    /// <summary>NDCG with one relevant item: the ideal list has it first (DCG 1), so NDCG is its discount.</summary>
    public static double SingleItemNdcg(int? rank) => rank is { } r ? 1.0 / Math.Log2(r + 1) : 0;

    /// <summary>
    /// Graded NDCG@k with linear gains (gain / log2(position + 1)); unjudged products gain 0. The ideal list is every
    /// judged product by gain. 0 when no product has a gain.
    /// </summary>
    public static double GradedNdcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> gains, int k = K)
    {
        var ideal = Dcg(gains.Values.Where(g => g > 0).OrderDescending().Take(k));
        return ideal == 0 ? 0 : Dcg(ranked.Take(k).Select(id => gains.GetValueOrDefault(id))) / ideal;
    }

    static double Dcg(IEnumerable<int> gains) => gains.Select((gain, i) => gain / Math.Log2(i + 2)).Sum();
}
