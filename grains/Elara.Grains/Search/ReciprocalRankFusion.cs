namespace Elara.Grains.Search;

/// <summary>
/// Merges the lexical ranking with the semantic one by rank alone, so BM25F scores and cosines never need a common
/// scale: each list adds <c>weight / (k + rank)</c> (ranks from 1) to every product it holds.
/// </summary>
public static class ReciprocalRankFusion
{
    /// <returns>The union, best fused score first; ties keep lexical order, then semantic order.</returns>
    public static List<ScoredDocument> Fuse(IReadOnlyList<ScoredDocument> lexical, IReadOnlyList<int> similar, double similarWeight, int k)
    {
        var fused = new Dictionary<int, (ScoredDocument Scored, int Order)>(lexical.Count + similar.Count);
        for (var r = 0; r < lexical.Count; r++)
        {
            fused[lexical[r].Document] = (lexical[r] with { Score = 1.0 / (k + r + 1) }, r);
        }

        for (var r = 0; r < similar.Count; r++)
        {
            var share = similarWeight / (k + r + 1);
            fused[similar[r]] = fused.TryGetValue(similar[r], out var both)
                ? (both.Scored with { Score = both.Scored.Score + share }, both.Order)
                : (new ScoredDocument(similar[r], share, 0), lexical.Count + r);
        }

        return [.. fused.Values.OrderByDescending(f => f.Scored.Score).ThenBy(f => f.Order).Select(f => f.Scored)];
    }
}
