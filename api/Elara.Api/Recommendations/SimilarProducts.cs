using Elara.Grains.Recommendations;

namespace Elara.Api.Recommendations;

public sealed record SimilarProducts(string ProductId, IReadOnlyList<Recommendation> Items);
