using Elara.Grains.Behaviour;

namespace Elara.Grains.Recommenders;

/// <summary>How much each kind of behaviour says about a shopper's taste: a purchase says most, a search nothing about one product.</summary>
public static class BehaviourWeights
{
    public static double Of(BehaviourKind kind) => kind switch
    {
        BehaviourKind.Purchase => 5,
        BehaviourKind.AddToCart => 3,
        BehaviourKind.Wishlist => 3,
        BehaviourKind.Click => 1.5,
        BehaviourKind.View => 1,
        _ => 0,
    };
}
