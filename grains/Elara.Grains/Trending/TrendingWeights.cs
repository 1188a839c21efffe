using Elara.Grains.Behaviour;

namespace Elara.Grains.Trending;

/// <summary>
/// How much one event says about a product's pull: a purchase most, a look least. One event counts once whatever its
/// quantity, so a single bulk buyer cannot make a product trend. Removals and searches add nothing here.
/// </summary>
public static class TrendingWeights
{
    public static double Of(BehaviourKind kind) => kind switch
    {
        BehaviourKind.View or BehaviourKind.Click => 1,
        BehaviourKind.Wishlist => 2,
        BehaviourKind.AddToCart => 3,
        BehaviourKind.Purchase => 5,
        _ => 0,
    };
}
