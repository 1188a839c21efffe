using System.Collections.Immutable;
using Elara.Grains.Behaviour;

namespace Elara.Grains.Recommenders;

/// <summary>
/// A shopper's live taste: decayed affinities per product and category, the decayed sum of the content vectors of what
/// they touched (weighted by event kind), the price they usually pay, and the recent products that make up the session's
/// intent. Immutable: <see cref="With"/> returns the taste after one more event, <see cref="ToBuilder"/> learns many.
/// </summary>
public sealed partial record PreferenceVector
{
    public static PreferenceVector Empty { get; } = new();

    /// <summary>In the order the products were first touched (ties in score keep that order).</summary>
    public ImmutableArray<ItemAffinity> Items { get; init; } = [];

    public ImmutableArray<CategoryScore> Categories { get; init; } = [];

    /// <summary>The decayed sum of content vectors as of <see cref="VectorAt"/>; empty until a product with a vector is touched.</summary>
    public float[] Vector { get; init; } = [];

    public DateTimeOffset VectorAt { get; init; }

    /// <summary>Newest first, no repeats.</summary>
    public ImmutableArray<RecentProduct> Recent { get; init; } = [];

    public double PriceSum { get; init; }

    public double PriceWeight { get; init; }

    public long Events { get; init; }

    public decimal? TypicalPrice => PriceWeight > 0 ? decimal.Round((decimal)(PriceSum / PriceWeight), 2) : null;

    /// <summary>The taste after <paramref name="signal"/>; events that say nothing about a product leave it unchanged.</summary>
    public PreferenceVector With(TasteSignal signal, RecommenderOptions options)
    {
        var builder = ToBuilder(options);
        builder.Add(signal);
        return builder.ToImmutable();
    }

    /// <summary>A mutable copy that learns a batch of events at the cost of one copy, not one per event.</summary>
    public Builder ToBuilder(RecommenderOptions options) => new(this, options);

    /// <summary>Each product's affinity as of <paramref name="now"/>, strongest first.</summary>
    public IEnumerable<(ItemAffinity Item, double Score)> AffinitiesAt(DateTimeOffset now, HalfLife decay) =>
        Items.Select(i => (i, i.Score * decay.Factor(i.At, now))).OrderByDescending(x => x.Item2);

    /// <summary>Category interest as of <paramref name="now"/>, scaled so the strongest is 1, strongest first.</summary>
    public IReadOnlyList<(string Category, double Score)> CategoriesAt(DateTimeOffset now, HalfLife decay)
    {
        var scored = Categories.Select(c => (c.Category, Score: c.Score * decay.Factor(c.At, now))).OrderByDescending(c => c.Score).ToList();
        var best = scored.Count > 0 ? scored[0].Score : 0;
        return best <= 0 ? [] : [.. scored.Select(c => (c.Category, c.Score / best))];
    }

    /// <summary>The products of the current session: touched within the session span of the newest event.</summary>
    public IEnumerable<string> Session(TimeSpan span) =>
        Recent.Length == 0 ? [] : Recent.TakeWhile(r => Recent[0].At - r.At <= span).Select(r => r.ProductId);
}
