namespace Elara.Grains.Trending;

/// <summary>
/// Counts per key in the time buckets of every window (see <see cref="TrendingBuckets"/>). A shard fills one with what
/// it saw since its last batch; the reduce step merges the batches into its own and sums the buckets of a window.
/// Used by one grain turn at a time; read-only turns only call <see cref="Sum"/>, which changes nothing.
/// </summary>
public sealed class TrendingCounts
{
    // (window, kind) → bucket → key → tally: a sum reads only the ring it needs.
    readonly Dictionary<(TrendingWindow Window, TallyKind Kind), SortedDictionary<long, Dictionary<string, Tally>>> rings = [];

    public bool IsEmpty => rings.Count == 0;

    /// <summary>Counts an event at <paramref name="at"/> in the bucket it falls in, in every window.</summary>
    public void Add(TallyKind kind, string key, DateTimeOffset at, double score, long events)
    {
        foreach (var window in TrendingWindows.All)
        {
            Add(new BucketTally(window, TrendingBuckets.Index(window, at), kind, key, score, events));
        }
    }

    /// <summary>Adds a count to its bucket; a key whose count comes back to zero is dropped.</summary>
    public void Add(BucketTally tally)
    {
        var ringKey = (tally.Window, tally.Kind);
        if (!rings.TryGetValue(ringKey, out var ring))
        {
            rings[ringKey] = ring = [];
        }

        if (!ring.TryGetValue(tally.Bucket, out var bucket))
        {
            ring[tally.Bucket] = bucket = new Dictionary<string, Tally>(StringComparer.Ordinal);
        }

        var sum = bucket.GetValueOrDefault(tally.Key) + new Tally(tally.Score, tally.Events);
        if (!sum.IsZero)
        {
            bucket[tally.Key] = sum;
            return;
        }

        bucket.Remove(tally.Key);
        if (bucket.Count == 0)
        {
            ring.Remove(tally.Bucket);
        }

        if (ring.Count == 0)
        {
            rings.Remove(ringKey);
        }
    }

    /// <summary>Adds a batch, leaving out buckets that have already left their window.</summary>
    public void Merge(IEnumerable<BucketTally> tallies, DateTimeOffset now)
    {
        foreach (var tally in tallies)
        {
            if (!TrendingBuckets.Expired(tally.Window, tally.Bucket, now))
            {
                Add(tally);
            }
        }
    }

    /// <summary>Drops the buckets that have left their window.</summary>
    public void Expire(DateTimeOffset now)
    {
        foreach (var ((window, kind), ring) in rings.ToList())
        {
            foreach (var bucket in ring.Keys.TakeWhile(b => TrendingBuckets.Expired(window, b, now)).ToList())
            {
                ring.Remove(bucket);
            }

            if (ring.Count == 0)
            {
                rings.Remove((window, kind));
            }
        }
    }

    /// <summary>Each key's total over the buckets of the window as it stands at <paramref name="now"/>.</summary>
    public IReadOnlyDictionary<string, Tally> Sum(TrendingWindow window, TallyKind kind, DateTimeOffset now)
    {
        var sums = new Dictionary<string, Tally>(StringComparer.Ordinal);
        if (rings.TryGetValue((window, kind), out var ring))
        {
            foreach (var (index, bucket) in ring)
            {
                if (!TrendingBuckets.InWindow(window, index, now))
                {
                    continue;
                }

                foreach (var (key, tally) in bucket)
                {
                    sums[key] = sums.GetValueOrDefault(key) + tally;
                }
            }
        }

        return sums;
    }

    /// <summary>Every key of this kind with a count in some bucket of the longest window.</summary>
    public IReadOnlySet<string> Keys(TallyKind kind) =>
        rings.TryGetValue((TrendingWindow.OneDay, kind), out var ring)
            ? ring.Values.SelectMany(b => b.Keys).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();

    /// <summary>The counts in bucket form, to send or store.</summary>
    public IReadOnlyList<BucketTally> ToTallies() =>
        [.. rings.SelectMany(ring => ring.Value.SelectMany(bucket => bucket.Value.Select(t =>
            new BucketTally(ring.Key.Window, bucket.Key, ring.Key.Kind, t.Key, t.Value.Score, t.Value.Events))))];

    public void Clear() => rings.Clear();
}
