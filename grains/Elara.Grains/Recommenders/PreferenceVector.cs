using System.Collections.Immutable;
using System.Numerics.Tensors;
using Elara.Grains.Behaviour;

namespace Elara.Grains.Recommenders;

/// <summary>
/// A shopper's live taste: decayed affinities per product and category, the decayed sum of the content vectors of what
/// they touched (weighted by event kind), the price they usually pay, and the recent products that make up the session's
/// intent. Immutable: <see cref="With"/> returns the taste after one more event.
/// </summary>
public sealed record PreferenceVector
{
    public static PreferenceVector Empty { get; } = new();

    public ImmutableList<ItemAffinity> Items { get; init; } = [];

    public ImmutableList<CategoryScore> Categories { get; init; } = [];

    /// <summary>The decayed sum of content vectors as of <see cref="VectorAt"/>; empty until a product with a vector is touched.</summary>
    public float[] Vector { get; init; } = [];

    public DateTimeOffset VectorAt { get; init; }

    /// <summary>Newest first, no repeats.</summary>
    public ImmutableList<RecentProduct> Recent { get; init; } = [];

    public double PriceSum { get; init; }

    public double PriceWeight { get; init; }

    public long Events { get; init; }

    public decimal? TypicalPrice => PriceWeight > 0 ? decimal.Round((decimal)(PriceSum / PriceWeight), 2) : null;

    /// <summary>The taste after <paramref name="signal"/>; events that say nothing about a product leave it unchanged.</summary>
    public PreferenceVector With(TasteSignal signal, RecommenderOptions options)
    {
        var weight = BehaviourWeights.Of(signal.Kind);
        if (weight <= 0)
        {
            return this;
        }

        var decay = options.TasteHalfLife;
        return this with
        {
            Items = WithItem(signal, weight, options),
            Categories = WithCategory(signal.Category, weight, signal.At, options),
            Vector = WithVector(signal, weight, decay),
            VectorAt = signal.Vector is null ? VectorAt : Latest(VectorAt, signal.At),
            Recent = WithRecent(new RecentProduct(signal.ProductId, signal.At), options),
            PriceSum = PriceSum + (weight * (double)signal.Price),
            PriceWeight = PriceWeight + weight,
            Events = Events + 1,
        };
    }

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
        Recent.Count == 0 ? [] : Recent.TakeWhile(r => Recent[0].At - r.At <= span).Select(r => r.ProductId);

    ImmutableList<ItemAffinity> WithItem(TasteSignal signal, double weight, RecommenderOptions options)
    {
        var decay = options.TasteHalfLife;
        var index = Items.FindIndex(i => i.ProductId == signal.ProductId);
        var old = index >= 0 ? Items[index] : null;
        var kind = KindOf(signal.Kind);
        var updated = new ItemAffinity(
            signal.ProductId,
            ((old?.Score ?? 0) * (old is null ? 1 : decay.Factor(old.At, signal.At))) + weight,
            Latest(old?.At ?? signal.At, signal.At),
            (old?.Purchases ?? 0) + (signal.Kind == BehaviourKind.Purchase ? 1 : 0),
            old is null || kind > old.Strongest ? kind : old.Strongest);
        var items = index >= 0 ? Items.SetItem(index, updated) : Items.Add(updated);
        if (items.Count <= options.MaxItems)
        {
            return items;
        }

        // Forget the weakest product now, so the list stays bounded whatever the shopper does.
        var weakest = items.MinBy(i => i.Score * decay.Factor(i.At, signal.At))!;
        return items.Remove(weakest);
    }

    ImmutableList<CategoryScore> WithCategory(string category, double weight, DateTimeOffset at, RecommenderOptions options)
    {
        if (category.Length == 0)
        {
            return Categories;
        }

        var decay = options.TasteHalfLife;
        var index = Categories.FindIndex(c => c.Category == category);
        var old = index >= 0 ? Categories[index] : null;
        var updated = new CategoryScore(category, ((old?.Score ?? 0) * (old is null ? 1 : decay.Factor(old.At, at))) + weight, Latest(old?.At ?? at, at));
        var categories = index >= 0 ? Categories.SetItem(index, updated) : Categories.Add(updated);
        return categories.Count <= options.MaxCategories ? categories : categories.Remove(categories.MinBy(c => c.Score * decay.Factor(c.At, at))!);
    }

    ImmutableList<RecentProduct> WithRecent(RecentProduct newest, RecommenderOptions options)
    {
        var recent = Recent.ToList();
        RecentProducts.Push(recent, newest, r => r.ProductId, options.RecentKept);
        return [.. recent];
    }

    float[] WithVector(TasteSignal signal, double weight, HalfLife decay)
    {
        if (signal.Vector is not { Length: > 0 } item)
        {
            return Vector;
        }

        var next = new float[item.Length];
        if (Vector.Length == item.Length)
        {
            TensorPrimitives.Multiply(Vector, (float)decay.Factor(VectorAt, signal.At), next);
        }

        TensorPrimitives.MultiplyAdd(item, (float)weight, next, next);
        return next;
    }

    static AffinityKind KindOf(BehaviourKind kind) => kind switch
    {
        BehaviourKind.Purchase => AffinityKind.Bought,
        BehaviourKind.AddToCart => AffinityKind.Carted,
        BehaviourKind.Wishlist => AffinityKind.Wished,
        _ => AffinityKind.Viewed,
    };

    static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
