using Elara.Grains.Behaviour;

namespace Elara.Grains.Recommenders;

/// <summary>
/// Learns from a batch of one shopper's events, in order. The user grain runs it on every event batch and the offline
/// evaluation replays history through it, so both learn the same way.
/// </summary>
public static class TasteLearning
{
    public static TasteUpdate Learn(string shopperId, PreferenceVector taste, IReadOnlyList<TasteSignal> signals, RecommenderOptions options)
    {
        var touched = new List<string>();
        var weights = new List<double>();
        var baskets = new List<IReadOnlyList<string>>();
        var basket = new List<string>();
        DateTimeOffset? basketAt = null;
        var before = taste;
        var learning = taste.ToBuilder(options);
        var inBatch = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? forgotten = null;
        var added = new List<string>();
        foreach (var signal in signals)
        {
            var weight = BehaviourWeights.Of(signal.Kind);
            if (weight <= 0)
            {
                continue;
            }

            var damping = options.HeavyShopperDamping > 0 ? Math.Pow(Math.Max(1, learning.Count), -options.HeavyShopperDamping) : 1;
            touched.Add(signal.ProductId);
            weights.Add(weight * damping);

            // New to the shopper: not in their taste before this batch (one dropped within it to bound the list was).
            if (inBatch.Add(signal.ProductId) && !learning.Contains(signal.ProductId) && forgotten?.Contains(signal.ProductId) != true)
            {
                added.Add(signal.ProductId);
            }

            learning.Add(signal, out var dropped);
            if (dropped is not null)
            {
                (forgotten ??= new HashSet<string>(StringComparer.Ordinal)).Add(dropped);
            }

            if (signal.Kind != BehaviourKind.Purchase)
            {
                continue;
            }

            // The lines of one order (or invoice) are purchases stamped with the same moment.
            if (basketAt != signal.At)
            {
                Close(basket, baskets);
                basket = [];
                basketAt = signal.At;
            }

            if (!basket.Contains(signal.ProductId))
            {
                basket.Add(signal.ProductId);
            }
        }

        Close(basket, baskets);
        taste = learning.ToImmutable();
        Touches[] touches = touched.Count > 0 ? [new Touches([.. before.Recent.Select(r => r.ProductId)], touched, weights)] : [];
        return new TasteUpdate(taste, new ItemGraphChange(touches, baskets, added.Count > 0 ? [new NewToShopper(shopperId, Known(before, options), added)] : []));
    }

    /// <summary>
    /// The item graph pairs new products with the shopper's latest known ones only (oldest first), so only those travel;
    /// sorted only for a batch that brings something new, since most batches revisit what the shopper has.
    /// </summary>
    static List<string> Known(PreferenceVector taste, RecommenderOptions options) =>
        [.. taste.Items.OrderBy(i => i.At).TakeLast(options.SharedContext).Select(i => i.ProductId)];

    static void Close(List<string> basket, List<IReadOnlyList<string>> baskets)
    {
        if (basket.Count >= 2)
        {
            baskets.Add(basket);
        }
    }
}
