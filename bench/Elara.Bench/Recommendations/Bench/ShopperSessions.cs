using Elara.Grains.Behaviour;
using Elara.Grains.Search;

namespace Elara.Bench.Recommendations.Bench;

/// <summary>
/// A realistic handful of events per shopper, the same every run for a seed: 3 to 8 views, mostly in one favourite
/// category and popular products first (a skewed pick), a third of shoppers add one or two viewed products to the cart,
/// and some of those buy the cart as one basket. The browse batch and the cart batch are sent separately, as a shop would.
/// </summary>
public sealed class ShopperSessions
{
    const double SecondCategoryShare = 0.3;
    const double CartShare = 0.35;
    const double BuyShare = 0.3;
    static readonly TimeSpan Gap = TimeSpan.FromSeconds(30);

    readonly string[][] categories;
    readonly int seed;

    /// <param name="products">The catalog; within each category the more popular products are viewed more.</param>
    public ShopperSessions(IReadOnlyList<SearchDocument> products, int seed)
    {
        categories = [.. products.GroupBy(p => p.Category)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(p => p.Popularity).ThenBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Id).ToArray())];
        this.seed = seed;
    }

    /// <summary>Shopper number <paramref name="shopper"/>'s batches, the last event at <paramref name="end"/>.</summary>
    public IReadOnlyList<IReadOnlyList<BehaviourEvent>> Batches(int shopper, string shopperId, DateTimeOffset end)
    {
        var random = new Random(unchecked((seed * 1_000_003) + shopper));
        var favourite = categories[random.Next(categories.Length)];
        var second = random.NextDouble() < SecondCategoryShare ? categories[random.Next(categories.Length)] : favourite;
        var viewed = new List<string>();
        var views = 3 + random.Next(6);
        for (var i = 0; i < views; i++)
        {
            var category = random.NextDouble() < 0.75 ? favourite : second;
            viewed.Add(category[(int)(category.Length * Math.Pow(random.NextDouble(), 3))]);
        }

        var carted = random.NextDouble() < CartShare
            ? viewed.Distinct(StringComparer.Ordinal).OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToList()
            : [];
        var bought = carted.Count > 0 && random.NextDouble() < BuyShare ? carted : [];

        var kinds = viewed.Select(id => (BehaviourKind.View, id))
            .Concat(carted.Select(id => (BehaviourKind.AddToCart, id)))
            .Concat(bought.Select(id => (BehaviourKind.Purchase, id)))
            .ToList();
        var events = kinds.Select((e, i) => new BehaviourEvent(e.Item1, shopperId, e.Item2, null, 1, end - ((kinds.Count - 1 - i) * Gap))).ToList();
        return events.Count > views ? [events[..views], events[views..]] : [events];
    }
}
