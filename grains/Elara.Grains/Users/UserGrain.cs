using Elara.Grains.Behaviour;
using Elara.Grains.Errors;
using Elara.Grains.Products;
using Elara.Grains.Recommendations;
using Elara.Runtime;
using Elara.Runtime.State;

namespace Elara.Grains.Users;

/// <summary>
/// One shopper. Behaviour is stored here first, then counted on the products and published on the behaviour stream,
/// so a failure downstream never loses the shopper's own history.
/// </summary>
public sealed class UserGrain(
    [PersistentState("user")] IPersistentState<UserState> user,
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

    public Task TrackAsync(IReadOnlyList<BehaviourEvent> events) =>
        events.Count == 0 ? Task.CompletedTask : RecordAsync(user.State, events);

    public Task<ShopperActivity> GetActivityAsync() => Task.FromResult(user.State.ToActivity());

    public Task<ShopperPreferences> GetPreferencesAsync() => throw new NotSupportedException("recommendations are being built (issue 5)");

    public Task<IReadOnlyList<Recommendation>> RecommendAsync(RecommendationRequest request) =>
        throw new NotSupportedException("recommendations are being built (issue 5)");

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
        user.State = events.Aggregate(next, (state, e) => state.With(e));
        await user.WriteStateAsync();
        await Task.WhenAll(ProductTally.Of(events).Select(t => GrainFactory.GetGrain<IProductGrain>(t.ProductId).RecordAsync(t.Kind, t.Quantity)));
        var stream = GetStreamProvider().GetStream<BehaviourEvent>(BehaviourStream.For(ShopperId));
        foreach (var e in events)
        {
            await stream.OnNextAsync(e);
        }
    }
}
