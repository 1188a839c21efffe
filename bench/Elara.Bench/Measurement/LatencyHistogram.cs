using System.Diagnostics;
using System.Numerics;

namespace Elara.Bench.Measurement;

/// <summary>
/// A log-linear histogram of durations in <see cref="Stopwatch"/> ticks: exact below 128 ticks, then 64 buckets per
/// power of two (under 1.6% error). Recording is an array increment, so each caller owns one and they are merged after
/// the run: no locks or shared cache lines on the hot path.
/// </summary>
public sealed class LatencyHistogram
{
    const int SubBucketBits = 6;
    const int SubBuckets = 1 << SubBucketBits;

    // Enough buckets for any long: the top bucket starts at 2^63.
    readonly long[] counts = new long[SubBuckets * (64 - SubBucketBits + 1)];

    public long Count { get; private set; }

    public long MaxTicks { get; private set; }

    public void Record(long ticks)
    {
        if (ticks < 0)
        {
            ticks = 0;
        }

        counts[BucketOf(ticks)]++;
        Count++;
        if (ticks > MaxTicks)
        {
            MaxTicks = ticks;
        }
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += other.counts[i];
        }

        Count += other.Count;
        MaxTicks = Math.Max(MaxTicks, other.MaxTicks);
    }

    /// <summary>The duration in milliseconds that <paramref name="fraction"/> of the recorded values do not exceed.</summary>
    public double PercentileMs(double fraction)
    {
        if (Count == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(fraction * Count));
        long seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return ToMs(Math.Min(MidpointOf(i), MaxTicks));
            }
        }

        return ToMs(MaxTicks);
    }

    public double MaxMs => ToMs(MaxTicks);

    static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    static int BucketOf(long ticks)
    {
        if (ticks < 2 * SubBuckets)
        {
            return (int)ticks;
        }

        var shift = BitOperations.Log2((ulong)ticks) - SubBucketBits;
        var mantissa = (int)(ticks >> shift);
        return SubBuckets + (shift * SubBuckets) + (mantissa - SubBuckets);
    }

    static long MidpointOf(int bucket)
    {
        if (bucket < 2 * SubBuckets)
        {
            return bucket;
        }

        var shift = (bucket - SubBuckets) / SubBuckets;
        var mantissa = ((bucket - SubBuckets) % SubBuckets) + SubBuckets;
        return ((long)mantissa << shift) + ((1L << shift) >> 1);
    }
}
