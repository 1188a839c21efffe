using Elara.Grains.Behaviour;
using Elara.Grains.Errors;
using Elara.Grains.Products;
using Elara.Grains.Carts;
using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;
using Elara.Runtime;
using Elara.Runtime.State;
using Microsoft.Extensions.Logging;

namespace Elara.Grains.Users;

/// <summary>
/// One shopper. Behaviour is stored here first, then passed on (behaviour stream, product counters, item graph) by the
/// silo's <see cref="BehaviourRelay"/>, so a failure downstream never loses the shopper's own history. A batch of events is stored by appending it to the
/// shopper's behaviour log (small, group-committed); the whole state is a snapshot written every
/// <see cref="SnapshotEvery"/> batches, on other changes and at deactivation, and activation replays the log after it.
/// </summary>
public sealed partial class UserGrain(
    [PersistentState("user")] IPersistentState<UserState> user,
    [EventLog("behaviour")] IEventLog<BehaviourBatch> behaviour,
    SiloRecommendationModel model,
    BehaviourRelay relay,
    TimeProvider clock,
    ILogger<UserGrain> logger) : Grain, IUserGrain
{
    /// <summary>Bounds the replay at activation (and the log's length) while sparing most batches a whole-state write.</summary>
    public const int SnapshotEvery = 64;

    int sinceSnapshot;

    /// <summary>The last list and what it was made from: a page reloaded, or several parts of one page, ask again.</summary>
    LastRecommendations? lastList;

    string ShopperId => GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var logged = await behaviour.ReadAfterAsync(user.State.Logged, cancellationToken);
        var shelf = model.RecentShelf();
        foreach (var (position, batch) in logged)
        {
            user.State = Learn(user.State, batch.Events, shelf).State with { Logged = position };
        }

        sinceSnapshot = logged.Count;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        sinceSnapshot > 0 && reason != DeactivationReason.InconsistentState ? SnapshotAsync() : Task.CompletedTask;

    public Task<UserProfile?> GetProfileAsync() => Task.FromResult(user.State.Profile);

    public async Task<UserProfile> CreateProfileAsync(string email, string displayName, IReadOnlyList<string> roles)
    {
        if (ShopperIds.IsAnonymous(ShopperId))
        {
            throw ShopException.Invalid("an anonymous shopper cannot hold an account");
        }

        user.State = user.State.WithProfile(ShopperId, email, displayName, RoleList.From(roles), clock.GetUtcNow());
        await SnapshotAsync();
        return user.State.Profile!;
    }

    public async Task<UserProfile> SetRolesAsync(IReadOnlyList<string> roles)
    {
        var profile = user.State.Profile ?? throw ShopException.NotFound($"shopper '{ShopperId}' has no account");
        user.State = user.State with { Profile = profile with { Roles = RoleList.From(roles) } };
        await SnapshotAsync();
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
            await LogAsync(events);
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
        var now = clock.GetUtcNow();
        if (lastList?.Serving(request, anchors, state, shelf, now) is { } served)
        {
            return served;
        }

        // What was just touched is "continue where you left off", not a discovery.
        var excluded = new HashSet<string>(state.Bought.Concat(state.Hidden).Concat(state.Taste.Recent.Select(r => r.ProductId)), StringComparer.Ordinal);
        var ranked = model.Rank(new RankingRequest(ShopperId, state.Taste, now, request.Limit, anchors, excluded, BuyAgain: false, await model.PopularAsync()));
        lastList = new LastRecommendations(request, anchors, state, ranked, now + LastRecommendations.Lifetime(ShopperId, model.Options.ListReuse));
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
        await SnapshotAsync();
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

        BehaviourEvent[] wished = [new BehaviourEvent(BehaviourKind.Wishlist, ShopperId, productId, null, 1, clock.GetUtcNow())];
        var (next, graph) = Learn(user.State.WithWish(productId), wished, model.RecentShelf());
        user.State = next;
        await SnapshotAsync();
        relay.Add(ShopperId, wished, graph);
        return user.State.Wishlist;
    }

    public async Task<IReadOnlyList<string>> RemoveFromWishlistAsync(string productId)
    {
        if (user.State.Wishlist.Contains(productId))
        {
            user.State = user.State.WithoutWish(productId);
            await SnapshotAsync();
        }

        return user.State.Wishlist;
    }

    public async Task AddOrderAsync(string orderId)
    {
        var next = user.State.WithOrder(orderId);
        if (next != user.State)
        {
            user.State = next;
            await SnapshotAsync();
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
        await SnapshotAsync();
    }

    public async Task<ShopperActivity> HandOverAsync()
    {
        var activity = user.State.ToActivity();
        if (user.RecordExists || user.State.Logged > 0)
        {
            user.State = user.State.WithoutActivity();
            await SnapshotAsync();
        }

        // The person now shops as the account; their anonymous self must not come back as "a shopper like you".
        relay.Forget(ShopperId);
        return activity;
    }

    /// <summary>Appends the events to the behaviour log (durable when this returns), learns from them, and hands them to the relay.</summary>
    async Task LogAsync(IReadOnlyList<BehaviourEvent> events)
    {
        var (next, graph) = Learn(user.State, events, model.RecentShelf());
        var position = user.State.Logged + 1;
        await behaviour.AppendAsync(position, new BehaviourBatch(events));
        user.State = next with { Logged = position };
        if (++sinceSnapshot >= SnapshotEvery)
        {
            try
            {
                await SnapshotAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The events are durable in the log: a failed snapshot costs a longer replay, not data.
                LogSnapshotFailed(e, ShopperId);
            }
        }

        relay.Add(ShopperId, events, graph);
    }

    /// <summary>Writes the whole state; the log entries it now holds may go, except the newest (the log's high-water mark).</summary>
    async Task SnapshotAsync()
    {
        await user.WriteStateAsync();
        sinceSnapshot = 0;
        if (user.State.Logged > 1)
        {
            await behaviour.ForgetBeforeAsync(user.State.Logged);
        }
    }

    /// <summary>The state after <paramref name="events"/>, and what they teach the item graph: the same step live and in replay.</summary>
    (UserState State, ItemGraphChange Graph) Learn(UserState state, IReadOnlyList<BehaviourEvent> events, ProductVectorIndex shelf)
    {
        var learned = TasteLearning.Learn(ShopperId, state.Taste, [.. events.Where(e => e.ProductId is not null).Select(e => Signal(e, shelf))], model.Options);
        return (state.With(events) with { Taste = learned.Taste }, learned.Graph);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot of shopper {ShopperId} failed; the behaviour log keeps the events")]
    partial void LogSnapshotFailed(Exception exception, string shopperId);
}
