namespace Elara.Grains.Recommenders;

/// <summary>
/// The products one ranking scores, each once. Those the item graph has met are kept by its index, so a spread's
/// strongest go in without an id being hashed, and scoring reads their spread signals by that index; the few the graph
/// has not met (a new product, a content neighbour no one touched yet) are kept by id, with index -1.
/// </summary>
sealed class CandidateSet(ItemGraph graph, int capacity)
{
    readonly HashSet<int> met = new(capacity);
    readonly HashSet<string> unmet = new(StringComparer.Ordinal);

    public void AddStrongest(SpreadScores scores, int count) => met.UnionWith(scores.StrongestIndices(count));

    public void AddRange(IEnumerable<string> productIds)
    {
        foreach (var id in productIds)
        {
            if (graph.IndexOf(id) is >= 0 and var product)
            {
                met.Add(product);
            }
            else
            {
                unmet.Add(id);
            }
        }
    }

    public IEnumerator<(string ProductId, int Index)> GetEnumerator()
    {
        foreach (var product in met)
        {
            yield return (graph.ProductAt(product), product);
        }

        foreach (var id in unmet)
        {
            yield return (id, -1);
        }
    }
}
