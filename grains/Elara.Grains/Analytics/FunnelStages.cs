using Elara.Grains.Behaviour;

namespace Elara.Grains.Analytics;

/// <summary>The conversion funnel's stages, as the keys of their counts, and the behaviour that puts a shopper in each.</summary>
public static class FunnelStages
{
    public const string Viewed = "viewed";
    public const string AddedToCart = "addedToCart";
    public const string Purchased = "purchased";

    public static string? Of(BehaviourKind kind) => kind switch
    {
        BehaviourKind.View => Viewed,
        BehaviourKind.AddToCart => AddedToCart,
        BehaviourKind.Purchase => Purchased,
        _ => null,
    };
}
