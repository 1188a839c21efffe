using Elara.Grains.Behaviour;

namespace Elara.Bench.Trending;

/// <summary>
/// A synthetic shop's behaviour: product popularity skewed like a real catalog (a few products draw most events), mostly
/// views, then clicks, adds to cart, searches and purchases.
/// </summary>
public static class TrendingWorkload
{
    public static string ProductId(int index) => $"p{index:D6}";

    public static string Category(int index, int categories) => $"Category {index % categories:D2}";

    public static BehaviourEvent[] Generate(TrendingBenchOptions options, DateTimeOffset at)
    {
        var random = new Random(options.Seed);
        var events = new BehaviourEvent[options.Events];
        for (var i = 0; i < events.Length; i++)
        {
            var shopper = $"a-bench-{random.Next(options.Shoppers):D6}";

            // u³ puts about half of the events on the most popular fifth of the catalog.
            var product = ProductId((int)(options.Products * Math.Pow(random.NextDouble(), 3)));
            var kind = random.NextDouble() switch
            {
                < 0.60 => BehaviourKind.View,
                < 0.75 => BehaviourKind.Click,
                < 0.87 => BehaviourKind.AddToCart,
                < 0.95 => BehaviourKind.Search,
                _ => BehaviourKind.Purchase,
            };
            events[i] = kind == BehaviourKind.Search
                ? new BehaviourEvent(kind, shopper, null, $"query {random.Next(500)}", 1, at)
                : new BehaviourEvent(kind, shopper, product, null, 1, at);
        }

        return events;
    }
}
