using System.Diagnostics;
using Elara.Bench.Measurement;
using Elara.Grains.Recommenders;

namespace Elara.Bench.Recommendations.Bench;

/// <summary>
/// The ranker's content candidates (the shelf's nearest products to a preference vector, read by cells once the catalog
/// is large) against an exact scan of every vector: time of each, and the share of the exact top products also found.
/// </summary>
public sealed class ContentScanComparison(int count, bool partitioned)
{
    double recallSum;

    /// <summary>Candidates asked for per query (the ranker's <see cref="RecommenderOptions.ContentCandidates"/>).</summary>
    public int Count => count;

    /// <summary>Whether the shelf read cells; false means both sides scanned everything.</summary>
    public bool Partitioned => partitioned;

    public LatencyHistogram Shelf { get; } = new();

    public LatencyHistogram Exact { get; } = new();

    public int Queries { get; private set; }

    /// <summary>Mean share of the exact scan's top <see cref="Count"/> that the shelf also returned.</summary>
    public double Recall => Queries == 0 ? 0 : recallSum / Queries;

    public void Compare(ProductVectorIndex shelf, ProductVectorIndex exact, float[] query)
    {
        if (query.Length != shelf.Dimensions)
        {
            return;
        }

        var before = Stopwatch.GetTimestamp();
        var found = shelf.Nearest(query, count);
        var middle = Stopwatch.GetTimestamp();
        var truth = exact.Nearest(query, count);
        Exact.Record(Stopwatch.GetTimestamp() - middle);
        Shelf.Record(middle - before);
        var expected = truth.Select(t => t.ProductId).ToHashSet(StringComparer.Ordinal);
        recallSum += expected.Count == 0 ? 1 : (double)found.Count(f => expected.Contains(f.ProductId)) / expected.Count;
        Queries++;
    }
}
