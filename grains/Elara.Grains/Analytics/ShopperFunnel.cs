using System.Collections.Immutable;
using Elara.Grains.Trending;

namespace Elara.Grains.Analytics;

/// <summary>
/// When each of a shard's shoppers was last seen at each funnel stage. A shopper is counted once, in the bucket they were
/// last seen in, so the distinct shoppers of a window are the sum of its buckets, and shards (which never share a
/// shopper) add up exactly.
/// </summary>
public sealed record ShopperFunnel
{
    /// <summary>Stage → shopper id → last seen.</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, DateTimeOffset>> LastSeen { get; init; } =
        ImmutableDictionary<string, ImmutableDictionary<string, DateTimeOffset>>.Empty;

    /// <summary>
    /// The funnel with the shopper seen at the stage, and how the counts move: +1 in the bucket they are now last seen in,
    /// -1 in the one they were last seen in before, for each window whose bucket changed.
    /// </summary>
    public (ShopperFunnel Funnel, IReadOnlyList<BucketTally> Moves) Seen(string stage, string shopperId, DateTimeOffset at) =>
        Seen([new FunnelSighting(stage, shopperId, at)]);

    /// <summary>
    /// The funnel after the sightings, in order, and the moves they make: the same as seeing them one at a time, with
    /// each stage's shoppers copied once for the whole batch rather than once per sighting.
    /// </summary>
    public (ShopperFunnel Funnel, IReadOnlyList<BucketTally> Moves) Seen(IEnumerable<FunnelSighting> sightings)
    {
        var moves = new List<BucketTally>();
        Dictionary<string, ImmutableDictionary<string, DateTimeOffset>.Builder>? changed = null;
        foreach (var (stage, shopperId, at) in sightings)
        {
            var seen = changed?.GetValueOrDefault(stage);
            var known = (IReadOnlyDictionary<string, DateTimeOffset>?)seen ?? LastSeen.GetValueOrDefault(stage);
            DateTimeOffset? before = known is not null && known.TryGetValue(shopperId, out var last) ? last : null;
            if (before >= at)
            {
                continue;
            }

            foreach (var window in TrendingWindows.All)
            {
                var now = TrendingBuckets.Index(window, at);
                if (before is { } earlier && TrendingBuckets.Index(window, earlier) is var was && was != now)
                {
                    moves.Add(new BucketTally(window, was, TallyKind.Funnel, stage, -1, -1));
                    moves.Add(new BucketTally(window, now, TallyKind.Funnel, stage, 1, 1));
                }
                else if (before is null)
                {
                    moves.Add(new BucketTally(window, now, TallyKind.Funnel, stage, 1, 1));
                }
            }

            changed ??= new Dictionary<string, ImmutableDictionary<string, DateTimeOffset>.Builder>(StringComparer.Ordinal);
            if (seen is null)
            {
                changed[stage] = seen = (LastSeen.GetValueOrDefault(stage) ?? ImmutableDictionary<string, DateTimeOffset>.Empty).ToBuilder();
            }

            seen[shopperId] = at;
        }

        return changed is null
            ? (this, moves)
            : (this with { LastSeen = LastSeen.SetItems(changed.Select(c => KeyValuePair.Create(c.Key, c.Value.ToImmutable()))) }, moves);
    }

    /// <summary>Forgets shoppers not seen within the longest window: their counts have expired.</summary>
    public ShopperFunnel Pruned(DateTimeOffset now)
    {
        var cutoff = now - TrendingWindows.Length(TrendingWindow.OneDay);
        return this with
        {
            LastSeen = LastSeen
                .Select(stage => KeyValuePair.Create(stage.Key, stage.Value.RemoveRange(stage.Value.Where(s => s.Value <= cutoff).Select(s => s.Key))))
                .Where(stage => !stage.Value.IsEmpty)
                .ToImmutableDictionary(),
        };
    }
}
