using Elara.Grains.Behaviour;
using Elara.Grains.Errors;
using Elara.Grains.Products;
using Elara.Grains.Carts;
using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;
using Elara.Runtime;
using Elara.Runtime.State;

namespace Elara.Grains.Users;

/// <summary>
/// One shopper. Behaviour is stored here first, then counted on the products and published on the behaviour stream,
/// so a failure downstream never loses the shopper's own history.
/// </summary>
public sealed class UserGrain(
    [PersistentState("user")] IPersistentState<UserState> user,
    SiloRecommendationModel model,
    BehaviourRelay relay,
    TimeProvider clock) : Grain, IUserGrain
{
    string ShopperId => GetPrimaryKeyString();

    public Task<UserProfile?> GetProfileAsync() => Task.FromResult(user.State.Profile);

    public async Task<UserProfile> CreateProfileAsync(string email, string displayName, IReadOnlyList<string> roles)
    {
        if (ShopperIds.IsAnonymous(ShopperId))
        {
            throw ShopException.Invalid("an anonymous shopper cannot hold an account");
        }

        user.State = user.State.WithProfile(ShopperId, email, displayName, RoleList.From(roles), clock.GetUtcNow());
        await user.WriteStateAsync();
        return user.State.Profile!;
    }

    public async Task<UserProfile> SetRolesAsync(IReadOnlyList<string> roles)
    {
        var profile = user.State.Profile ?? throw ShopException.NotFound($"shopper '{ShopperId}' has no account");
        user.State = user.State with { Profile = profile with { Roles = RoleList.From(roles) } };
        await user.WriteStateAsync();
        return user.State.Profile!;
    }

    public async Task<IReadOnlyList<string>> TrackAsync(IReadOnlyList<BehaviourEvent> events)
    {
        if (events.Count == 0)
        {
            return [];
        }

        var unknown = await UnknownProductsAsync(events);
        if (unknown.Count == 0)
        {
            await RecordAsync(user.State, events);
        }

        return unknown;
    }

    public Task<ShopperActivity> GetActivityAsync() => Task.FromResult(user.State.ToActivity());

    public Task<ShopperPreferences> GetPreferencesAsync()
    {
        var taste = user.State.Taste;
        var categories = taste.CategoriesAt(clock.GetUtcNow(), model.Options.TasteHalfLife);
        return Task.FromResult(new ShopperPreferences(
            [.. categories.Select(c => new CategoryAffinityScore(c.Category, Math.Round(c.Score, 4)))],
            taste.TypicalPrice,
            [.. taste.Session(model.Options.SessionSpan)],
            taste.Events));
    }

    public async Task<IReadOnlyList<Recommendation>> RecommendAsync(RecommendationRequest request)
    {
        if (request.Limit is < 1 or > RecommendationRequest.MaxLimit)
        {
            throw ShopException.Invalid($"the limit must be 1 to {RecommendationRequest.MaxLimit}");
        }

        // One read of the state: this call interleaves with event recording.
        var state = user.State;
        var shelf = model.Shelf();
        IReadOnlyCollection<string> anchors = request.Context switch
        {
            RecommendationContext.Product when request.ProductId is { } id && shelf.TryGet(id, out _) => [id],
            RecommendationContext.Product => throw ShopException.NotFound($"product '{request.ProductId}' does not exist"),
            RecommendationContext.Cart => [.. (await GrainFactory.GetGrain<ICartGrain>(ShopperId).GetAsync()).Lines.Select(l => l.ProductId)],
            _ => [],
        };
        // What was just touched is "continue where you left off", not a discovery.
        var excluded = new HashSet<string>(state.Bought.Concat(state.Hidden).Concat(state.Taste.Recent.Select(r => r.ProductId)), StringComparer.Ordinal);
        var ranked = model.Rank(new RankingRequest(state.Taste, clock.GetUtcNow(), request.Limit, anchors, excluded, BuyAgain: false, await model.PopularAsync()));
        return RecommendationCards.From(ranked, shelf);
    }

    public async Task HideAsync(string productId)
    {
        if (user.State.Hidden.Contains(productId))
        {
            return;
        }

        if (!model.Shelf().TryGet(productId, out _) && await GrainFactory.GetGrain<IProductGrain>(productId).GetAsync() is null)
        {
            throw ShopException.NotFound($"product '{productId}' does not exist");
        }

        user.State = user.State.WithHidden(productId);
        await user.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> GetWishlistAsync() => Task.FromResult<IReadOnlyList<string>>(user.State.Wishlist);

    public async Task<IReadOnlyList<string>> AddToWishlistAsync(string productId)
    {
        if (user.State.Wishlist.Contains(productId))
        {
            return user.State.Wishlist;
        }

        if (await GrainFactory.GetGrain<IProductGrain>(productId).GetAsync() is null)
        {
            throw ShopException.NotFound($"product '{productId}' does not exist");
        }

        await RecordAsync(
            user.State.WithWish(productId),
            [new BehaviourEvent(BehaviourKind.Wishlist, ShopperId, productId, null, 1, clock.GetUtcNow())]);
        return user.State.Wishlist;
    }

    public async Task<IReadOnlyList<string>> RemoveFromWishlistAsync(string productId)
    {
        if (user.State.Wishlist.Contains(productId))
        {
            user.State = user.State.WithoutWish(productId);
            await user.WriteStateAsync();
        }

        return user.State.Wishlist;
    }

    public async Task AddOrderAsync(string orderId)
    {
        var next = user.State.WithOrder(orderId);
        if (next != user.State)
        {
            user.State = next;
            await user.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> GetOrderIdsAsync() => Task.FromResult<IReadOnlyList<string>>(user.State.OrderIds);

    public async Task MergeFromAsync(string anonymousId)
    {
        if (anonymousId == ShopperId || !ShopperIds.IsAnonymous(anonymousId))
        {
            throw ShopException.Invalid("only an anonymous shopper's activity can be merged");
        }

        var activity = await GrainFactory.GetGrain<IUserGrain>(anonymousId).HandOverAsync();
        user.State = user.State.Merge(activity);
        await user.WriteStateAsync();
    }

    public async Task<ShopperActivity> HandOverAsync()
    {
        var activity = user.State.ToActivity();
        if (user.RecordExists)
        {
            user.State = user.State.WithoutActivity();
            await user.WriteStateAsync();
        }

        return activity;
    }

    /// <summary>Stores <paramref name="next"/> with the events applied, then counts them on their products and publishes them.</summary>
    async Task RecordAsync(UserState next, IReadOnlyList<BehaviourEvent> events)
    {
        var shelf = model.RecentShelf();
        var learned = TasteLearning.Learn(next.Taste, [.. events.Where(e => e.ProductId is not null).Select(e => Signal(e, shelf))], model.Options);
        user.State = next.With(events) with { Taste = learned.Taste };
        await user.WriteStateAsync();
        relay.Add(ProductTally.Of(events), learned.Graph);
        await GetStreamProvider().GetStream<BehaviourBatch>(BehaviourStream.For(ShopperId)).OnNextAsync(new BehaviourBatch(events));
    }

    /// <summary>
    /// The products <paramref name="events"/> name that do not exist. The silo's shelf knows the catalog; only a product
    /// added in the last moment (not on the shelf yet) costs a call to its grain.
    /// </summary>
    async Task<IReadOnlyList<string>> UnknownProductsAsync(IReadOnlyList<BehaviourEvent> events)
    {
        var shelf = model.RecentShelf();
        var missing = events.Select(e => e.ProductId).OfType<string>().Distinct(StringComparer.Ordinal).Where(id => !shelf.TryGet(id, out _)).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var found = await Task.WhenAll(missing.Select(id => GrainFactory.GetGrain<IProductGrain>(id).GetAsync()));
        return [.. missing.Where((_, i) => found[i] is null)];
    }

    static TasteSignal Signal(BehaviourEvent e, ProductVectorIndex shelf) =>
        shelf.TryGet(e.ProductId!, out var facts)
            ? new TasteSignal(e.Kind, e.ProductId!, facts.Category, facts.Price, facts.Vector, e.Quantity, e.At)
            : new TasteSignal(e.Kind, e.ProductId!, "", 0, null, e.Quantity, e.At);
}
