using Elara.Grains.Behaviour;
using Elara.Grains.Products;

namespace Elara.Grains.Users;

/// <summary>How much of one kind of behaviour a batch of events adds to one product's counters.</summary>
public sealed record ProductTally(string ProductId, BehaviourCount Kind, int Quantity)
{
    /// <summary>The product counts in <paramref name="events"/>, one per product and kind; searches count on no product.</summary>
    public static IReadOnlyList<ProductTally> Of(IEnumerable<BehaviourEvent> events) =>
        events
            .Where(e => e.ProductId is not null)
            .Select(e => (e.ProductId, Kind: CountFor(e.Kind), Quantity: Math.Max(e.Quantity, 1)))
            .Where(e => e.Kind is not null)
            .GroupBy(e => (e.ProductId, e.Kind))
            .Select(g => new ProductTally(g.Key.ProductId!, g.Key.Kind!.Value, g.Sum(e => e.Quantity)))
            .ToList();

    static BehaviourCount? CountFor(BehaviourKind kind) => kind switch
    {
        BehaviourKind.View => BehaviourCount.View,
        BehaviourKind.Click => BehaviourCount.Click,
        BehaviourKind.AddToCart => BehaviourCount.AddToCart,
        BehaviourKind.RemoveFromCart => BehaviourCount.RemoveFromCart,
        BehaviourKind.Purchase => BehaviourCount.Purchase,
        BehaviourKind.Wishlist => BehaviourCount.Wishlist,
        BehaviourKind.Search => null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown behaviour kind."),
    };
}
