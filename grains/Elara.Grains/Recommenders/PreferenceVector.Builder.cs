using System.Collections.Immutable;
using System.Numerics.Tensors;
using Elara.Grains.Behaviour;

namespace Elara.Grains.Recommenders;

public sealed partial record PreferenceVector
{
    /// <summary>
    /// Learns events one after another on mutable copies of the taste's lists, with a product look-up by id, so a batch
    /// costs one copy of the shopper's history instead of one per event. The result is the same as applying
    /// <see cref="With"/> event by event.
    /// </summary>
    public sealed class Builder
    {
        readonly PreferenceVector start;
        readonly RecommenderOptions options;
        readonly List<ItemAffinity> items;
        readonly Dictionary<string, int> itemIndex;
        readonly List<CategoryScore> categories;
        readonly List<RecentProduct> recent;
        float[] vector;
        bool vectorOwned;
        DateTimeOffset vectorAt;
        double priceSum;
        double priceWeight;
        long events;

        internal Builder(PreferenceVector start, RecommenderOptions options)
        {
            this.start = start;
            this.options = options;
            items = [.. start.Items];
            itemIndex = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                itemIndex[items[i].ProductId] = i;
            }

            categories = [.. start.Categories];
            recent = [.. start.Recent];
            vector = start.Vector;
            vectorAt = start.VectorAt;
            priceSum = start.PriceSum;
            priceWeight = start.PriceWeight;
            events = start.Events;
        }

        /// <summary>How many products the taste holds now.</summary>
        public int Count => items.Count;

        /// <summary>Whether the taste holds an affinity for <paramref name="productId"/> now.</summary>
        public bool Contains(string productId) => itemIndex.ContainsKey(productId);

        /// <summary>
        /// Learns <paramref name="signal"/>; false (and nothing learned) for an event that says nothing about a product.
        /// <paramref name="forgotten"/> is the product dropped to keep the list bounded, if any.
        /// </summary>
        public bool Add(TasteSignal signal, out string? forgotten)
        {
            forgotten = null;
            var weight = BehaviourWeights.Of(signal.Kind);
            if (weight <= 0)
            {
                return false;
            }

            forgotten = AddItem(signal, weight);
            AddCategory(signal.Category, weight, signal.At);
            AddVector(signal, weight);
            RecentProducts.Push(recent, new RecentProduct(signal.ProductId, signal.At), r => r.ProductId, options.RecentKept);
            priceSum += weight * (double)signal.Price;
            priceWeight += weight;
            events++;
            return true;
        }

        /// <inheritdoc cref="Add(TasteSignal, out string?)"/>
        public bool Add(TasteSignal signal) => Add(signal, out _);

        /// <summary>The taste learned so far; the very same taste when nothing was learned.</summary>
        public PreferenceVector ToImmutable()
        {
            if (events == start.Events)
            {
                return start;
            }

            // The vector now belongs to the taste handed out: learning more must copy it first.
            vectorOwned = false;
            return start with
            {
                Items = [.. items],
                Categories = [.. categories],
                Vector = vector,
                VectorAt = vectorAt,
                Recent = [.. recent],
                PriceSum = priceSum,
                PriceWeight = priceWeight,
                Events = events,
            };
        }

        string? AddItem(TasteSignal signal, double weight)
        {
            var decay = options.TasteHalfLife;
            var kind = KindOf(signal.Kind);
            var purchase = signal.Kind == BehaviourKind.Purchase ? 1 : 0;
            if (itemIndex.TryGetValue(signal.ProductId, out var index))
            {
                var old = items[index];
                items[index] = new ItemAffinity(
                    signal.ProductId,
                    (old.Score * decay.Factor(old.At, signal.At)) + weight,
                    Latest(old.At, signal.At),
                    old.Purchases + purchase,
                    kind > old.Strongest ? kind : old.Strongest);
                return null;
            }

            itemIndex[signal.ProductId] = items.Count;
            items.Add(new ItemAffinity(signal.ProductId, weight, signal.At, purchase, kind));
            if (items.Count <= options.MaxItems)
            {
                return null;
            }

            // Forget the weakest product now (the first of equals), so the list stays bounded whatever the shopper does.
            var weakest = 0;
            var weakestScore = double.MaxValue;
            for (var i = 0; i < items.Count; i++)
            {
                var score = items[i].Score * decay.Factor(items[i].At, signal.At);
                if (score < weakestScore)
                {
                    (weakest, weakestScore) = (i, score);
                }
            }

            var forgotten = items[weakest].ProductId;
            items.RemoveAt(weakest);
            itemIndex.Remove(forgotten);
            for (var i = weakest; i < items.Count; i++)
            {
                itemIndex[items[i].ProductId] = i;
            }

            return forgotten;
        }

        void AddCategory(string category, double weight, DateTimeOffset at)
        {
            if (category.Length == 0)
            {
                return;
            }

            var decay = options.TasteHalfLife;
            var index = categories.FindIndex(c => c.Category == category);
            if (index >= 0)
            {
                var old = categories[index];
                categories[index] = new CategoryScore(category, (old.Score * decay.Factor(old.At, at)) + weight, Latest(old.At, at));
                return;
            }

            categories.Add(new CategoryScore(category, weight, at));
            if (categories.Count > options.MaxCategories)
            {
                categories.Remove(categories.MinBy(c => c.Score * decay.Factor(c.At, at))!);
            }
        }

        void AddVector(TasteSignal signal, double weight)
        {
            if (signal.Vector is not { } item)
            {
                return;
            }

            if (item.Length > 0)
            {
                if (vector.Length != item.Length)
                {
                    vector = new float[item.Length];
                    vectorOwned = true;
                }
                else
                {
                    if (!vectorOwned)
                    {
                        vector = (float[])vector.Clone();
                        vectorOwned = true;
                    }

                    TensorPrimitives.Multiply(vector, (float)options.TasteHalfLife.Factor(vectorAt, signal.At), vector);
                }

                TensorPrimitives.MultiplyAdd(item, (float)weight, vector, vector);
            }

            vectorAt = Latest(vectorAt, signal.At);
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
}
