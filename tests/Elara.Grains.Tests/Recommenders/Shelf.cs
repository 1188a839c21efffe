using Elara.Grains.Behaviour;
using Elara.Grains.Recommenders;

namespace Elara.Grains.Tests.Recommenders;

/// <summary>Hand-built catalogs for recommender tests: two-dimensional content vectors make "alike" easy to see.</summary>
internal static class Shelf
{
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A small home shop: lighting along one axis, kitchenware along the other.</summary>
    public static readonly (string Id, ProductFacts Facts)[] Home =
    [
        ("lamp", Item("Brass Lamp", "Lighting", 1, 0)),
        ("shade", Item("Linen Shade", "Lighting", 0.95f, 0.05f)),
        ("bulb", Item("Warm Bulb", "Lighting", 0.9f, 0.1f)),
        ("candle", Item("Pillar Candle", "Lighting", 0.8f, 0.2f)),
        ("mug", Item("Stoneware Mug", "Kitchen", 0, 1)),
        ("bowl", Item("Stoneware Bowl", "Kitchen", 0.05f, 0.95f)),
        ("teapot", Item("Teapot", "Kitchen", 0.1f, 0.9f)),
    ];

    public static ProductFacts Item(string name, string category, float x, float y, int stock = 5, decimal price = 10m) =>
        new(name, category, price, stock, [x, y]);

    public static ProductVectorIndex Of(params (string Id, ProductFacts Facts)[] products) =>
        new(products.ToDictionary(p => p.Id, p => p.Facts), 2);

    public static TasteSignal Signal(ProductVectorIndex shelf, BehaviourKind kind, string id, DateTimeOffset at)
    {
        shelf.TryGet(id, out var facts);
        return new TasteSignal(kind, id, facts.Category, facts.Price, facts.Vector, 1, at);
    }

    public static PreferenceVector Taste(ProductVectorIndex shelf, RecommenderOptions options, params (BehaviourKind Kind, string Id, DateTimeOffset At)[] events) =>
        events.Aggregate(PreferenceVector.Empty, (taste, e) => taste.With(Signal(shelf, e.Kind, e.Id, e.At), options));

    public static RankingRequest Request(
        PreferenceVector taste, int limit = 5, IReadOnlyCollection<string>? anchors = null, IReadOnlySet<string>? excluded = null,
        bool buyAgain = false, IReadOnlyList<PopularProduct>? popular = null, string? shopper = "me") =>
        new(shopper, taste, Now, limit, anchors ?? [], excluded ?? new HashSet<string>(), buyAgain, popular ?? []);
}
