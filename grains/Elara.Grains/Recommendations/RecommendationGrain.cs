using System.Globalization;
using Elara.Grains.Errors;
using Elara.Grains.Products;
using Elara.Grains.Recommenders;
using Elara.Runtime;

namespace Elara.Grains.Recommendations;

/// <summary>Product-to-product lists on the calling silo, from its <see cref="SiloRecommendationModel"/> and the products' stored baskets.</summary>
[StatelessWorker]
[Reentrant]
public sealed class RecommendationGrain(SiloRecommendationModel model, TimeProvider clock) : Grain, IRecommendationGrain
{
    static readonly IReadOnlySet<string> Nothing = new HashSet<string>();

    public Task<IReadOnlyList<Recommendation>> SimilarAsync(string productId, int limit)
    {
        var shelf = model.Shelf();
        if (!shelf.TryGet(productId, out _))
        {
            throw ShopException.NotFound($"product '{productId}' does not exist");
        }

        // Anchored on the product alone: what co-occurs with it and what reads like it, not the shopper's taste.
        var request = new RankingRequest(null, PreferenceVector.Empty, clock.GetUtcNow(), limit, [productId], Nothing, BuyAgain: false, []);
        return Task.FromResult(RecommendationCards.From(model.Rank(request), shelf));
    }

    public async Task<IReadOnlyList<BoughtTogether>> BoughtTogetherAsync(string productId, int limit)
    {
        var shelf = model.Shelf();
        if (!shelf.TryGet(productId, out var product))
        {
            throw ShopException.NotFound($"product '{productId}' does not exist");
        }

        var stored = GrainFactory.GetGrain<IProductGrain>(productId).GetBasketPartnersAsync(ProductState.BasketPartnersKept);
        var all = await GrainFactory.GetGrain<IBasketsGrain>(IBasketsGrain.Main).CountAsync();
        var partners = await stored;
        return [.. partners.Partners
            .Select(p => shelf.TryGet(p.ProductId, out var facts) && facts.InStock ? (p, facts) : default)
            .Where(x => x.facts is not null)
            .Take(limit)
            .Select(x => new BoughtTogether(
                RecommendationCards.Summary(x.p.ProductId, x.facts),
                x.p.Baskets,
                Math.Round((double)x.p.Baskets / Math.Max(all, partners.Baskets), 4),
                Math.Round((double)x.p.Baskets / partners.Baskets, 4),
                string.Create(CultureInfo.InvariantCulture, $"in {x.p.Baskets} of the {partners.Baskets} orders with {product.Name}")))];
    }
}
