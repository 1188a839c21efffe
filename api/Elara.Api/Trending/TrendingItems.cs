using Elara.Grains.Catalog;
using Elara.Grains.Products;
using Elara.Grains.Trending;
using Elara.Runtime;

namespace Elara.Api.Trending;

/// <summary>Turns the counters' product ids into products as they are now: a product that no longer exists is never shown.</summary>
public static class TrendingItems
{
    /// <summary>How many more candidates than wanted are read, so out-of-stock ones can be skipped.</summary>
    public const int CandidateFactor = 3;

    public static async Task<IReadOnlyList<TrendingItem>> ResolveAsync(
        IGrainFactory grains, IReadOnlyList<TrendingProduct> candidates, int limit, bool inStockOnly)
    {
        var products = await Task.WhenAll(candidates.Select(c => grains.GetGrain<IProductGrain>(c.ProductId).GetAsync()));
        return
        [
            .. candidates
                .Zip(products)
                .Where(c => c.Second is { } product && (!inStockOnly || product.InStock))
                .Take(limit)
                .Select(c => new TrendingItem(Summary(c.Second!), c.First.Events, c.First.Score)),
        ];
    }

    static ProductSummary Summary(ProductView product) =>
        new(product.Id, product.Name, product.Category, product.Price, product.Stock, product.ImageUrl);
}
