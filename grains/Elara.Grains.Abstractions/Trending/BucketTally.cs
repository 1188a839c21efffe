namespace Elara.Grains.Trending;

/// <summary>
/// A count in one time bucket of one window's ring (bucket = UTC ticks / the window's bucket width). Funnel counts move
/// a shopper from one bucket to a later one, so they may be negative.
/// </summary>
public sealed record BucketTally(TrendingWindow Window, long Bucket, TallyKind Kind, string Key, double Score, long Events);
