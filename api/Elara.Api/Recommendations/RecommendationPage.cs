using Elara.Grains.Recommendations;

namespace Elara.Api.Recommendations;

public sealed record RecommendationPage(RecommendationContext Context, IReadOnlyList<Recommendation> Items);
