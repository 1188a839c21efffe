using Elara.Bench.Measurement;
using Elara.Grains.Recommenders;

namespace Elara.Bench.Recommendations.Bench;

/// <summary>
/// What the in-process part measured: creating the catalog (until the silo's shelf has it), the event phase (events through IUserGrain.TrackAsync, heap before and after with
/// every shopper active), RecommendAsync and SimilarAsync latency through the runtime, and the ranker against the
/// full-scan baseline on one thread for the same shoppers (and its content candidates against an exact scan).
/// </summary>
public sealed record GrainPhaseResult(
    double CreateSeconds,
    int Users,
    long Events,
    long TrackCalls,
    double UpdateSeconds,
    GcSnapshot UpdateGc,
    long HeapBefore,
    long HeapAfter,
    int ActivationsBefore,
    int ActivationsAfter,
    int ShelfProducts,
    LatencyHistogram Recommend,
    long ShortLists,
    LatencyHistogram Similar,
    int BaselineUsers,
    LatencyHistogram Ranker,
    LatencyHistogram FullScan,
    ContentScanComparison Content,
    VectorCells? Partition)
{
    public double UpdatesPerSecond => Events / UpdateSeconds;

    public double BytesPerUser => (double)(HeapAfter - HeapBefore) / Users;
}
