namespace Elara.Grains.Recommendations;

/// <summary>
/// What to recommend: <paramref name="ProductId"/> is the product in view for <see cref="RecommendationContext.Product"/>
/// (ignored elsewhere); the cart context reads the shopper's own cart.
/// </summary>
public sealed record RecommendationRequest(int Limit, RecommendationContext Context, string? ProductId = null)
{
    public const int MaxLimit = 50;
}
