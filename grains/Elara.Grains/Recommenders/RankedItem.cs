using Elara.Grains.Recommendations;

namespace Elara.Grains.Recommenders;

public sealed record RankedItem(string ProductId, double Score, RecommendationSource Source, string Reason);
