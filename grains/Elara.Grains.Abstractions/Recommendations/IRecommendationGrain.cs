using Elara.Runtime;

namespace Elara.Grains.Recommendations;

/// <summary>
/// Product-to-product recommendations from the calling silo's behaviour model and content vectors (a stateless worker:
/// use key <see cref="RecommendationKeys.Local"/>). Only products in stock are returned; unknown products give NotFound.
/// </summary>
public interface IRecommendationGrain : IGrainWithStringKey
{
    /// <summary>Products like <paramref name="productId"/>: content and behaviour similarity blended, diverse.</summary>
    Task<IReadOnlyList<Recommendation>> SimilarAsync(string productId, int limit);

    /// <summary>Products bought in the same baskets as <paramref name="productId"/>, with support and confidence.</summary>
    Task<IReadOnlyList<BoughtTogether>> BoughtTogetherAsync(string productId, int limit);
}
