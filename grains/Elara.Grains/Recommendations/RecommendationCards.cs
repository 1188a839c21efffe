using Elara.Grains.Catalog;
using Elara.Grains.Products;
using Elara.Grains.Recommenders;

namespace Elara.Grains.Recommendations;

/// <summary>Turns ranked ids into what the API shows: the product as the shelf knows it, score, source and reason.</summary>
public static class RecommendationCards
{
    public static IReadOnlyList<Recommendation> From(IEnumerable<RankedItem> ranked, IProductFacts shelf) =>
        [.. ranked.Select(r => shelf.TryGet(r.ProductId, out var facts) && facts.InStock
                ? new Recommendation(Summary(r.ProductId, facts), Math.Round(r.Score, 4), r.Source, r.Reason)
                : null)
            .OfType<Recommendation>()];

    public static ProductSummary Summary(string productId, ProductFacts facts) =>
        new(productId, facts.Name, facts.Category, facts.Price, facts.Stock, ProductImages.UrlFor(productId));
}
