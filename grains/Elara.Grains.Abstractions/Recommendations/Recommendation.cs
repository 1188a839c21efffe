using Elara.Grains.Catalog;

namespace Elara.Grains.Recommendations;

/// <summary>One recommended product (in stock when it was picked), its blended score and why it was picked.</summary>
public sealed record Recommendation(ProductSummary Product, double Score, RecommendationSource Source, string Reason);
