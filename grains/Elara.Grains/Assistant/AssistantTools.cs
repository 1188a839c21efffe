using Elara.Grains.Carts;
using Elara.Grains.Orders;
using Elara.Grains.Products;
using Elara.Grains.Recommendations;
using Elara.Grains.Search;
using Elara.Runtime;

namespace Elara.Grains.Assistant;

/// <summary>
/// What the assistant can do, bound to one shopper when the conversation's grain makes it. No method takes a shopper
/// id, so nothing a message says (or a model asks for) can reach another shopper's cart, list or orders.
/// </summary>
public sealed class AssistantTools(IGrainFactory grains, string shopperId)
{
    public string ShopperId => shopperId;

    public Task<SearchResult> SearchAsync(SearchQuery query) =>
        grains.GetGrain<ISearchGrain>(SearchKeys.Local).SearchAsync(query, query.CategoryAffinity is null ? shopperId : null);

    /// <summary>The search's own parse of <paramref name="text"/> (prices, colours, materials, sizes, category, sort).</summary>
    public async Task<ParsedQuery> ParseAsync(string text) =>
        (await grains.GetGrain<ISearchGrain>(SearchKeys.Local).SearchAsync(new SearchQuery(text, PageSize: 1))).Parsed;

    public Task<IReadOnlyList<Recommendation>> RecommendAsync(int limit, RecommendationContext context, string? productId = null) =>
        grains.GetGrain<Users.IUserGrain>(shopperId).RecommendAsync(new RecommendationRequest(limit, context, productId));

    public Task<IReadOnlyList<Recommendation>> SimilarAsync(string productId, int limit) =>
        grains.GetGrain<IRecommendationGrain>(RecommendationKeys.Local).SimilarAsync(productId, limit);

    public Task<IReadOnlyList<BoughtTogether>> BoughtTogetherAsync(string productId, int limit) =>
        grains.GetGrain<IRecommendationGrain>(RecommendationKeys.Local).BoughtTogetherAsync(productId, limit);

    public Task<ProductView?> ProductAsync(string productId) => grains.GetGrain<IProductGrain>(productId).GetAsync();

    public async Task<IReadOnlyList<ProductView>> ProductsAsync(IEnumerable<string> productIds) =>
        [.. (await Task.WhenAll(productIds.Select(ProductAsync))).OfType<ProductView>()];

    public Task<CartView> CartAsync() => Cart.GetAsync();

    public Task<CartView> AddToCartAsync(string productId, int quantity) => Cart.AddAsync(productId, quantity);

    public Task<CartView> RemoveFromCartAsync(string productId) => Cart.RemoveAsync(productId);

    public Task<IReadOnlyList<string>> WishlistAsync() => User.GetWishlistAsync();

    public Task<IReadOnlyList<string>> AddToWishlistAsync(string productId) => User.AddToWishlistAsync(productId);

    public Task<IReadOnlyList<string>> RemoveFromWishlistAsync(string productId) => User.RemoveFromWishlistAsync(productId);

    /// <summary>The shopper's most recent order, or null when they have none.</summary>
    public async Task<OrderView?> LatestOrderAsync()
    {
        var ids = await User.GetOrderIdsAsync();
        var orders = await Task.WhenAll(ids.Select(id => grains.GetGrain<IOrderGrain>(id).GetAsync()));
        return orders.OfType<OrderView>().Where(o => o.OwnerId == shopperId).MaxBy(o => o.CreatedAt);
    }

    ICartGrain Cart => grains.GetGrain<ICartGrain>(shopperId);

    Users.IUserGrain User => grains.GetGrain<Users.IUserGrain>(shopperId);
}
