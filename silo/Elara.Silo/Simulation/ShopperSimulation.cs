using System.Diagnostics;
using System.Globalization;
using Elara.Grains.Behaviour;
using Elara.Grains.Carts;
using Elara.Grains.Catalog;
using Elara.Grains.Errors;
using Elara.Grains.Orders;
using Elara.Grains.Payments;
using Elara.Grains.Products;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.Extensions.Logging;

namespace Elara.Silo.Simulation;

/// <summary>
/// Simulated anonymous shoppers browsing, searching, carting, wishlisting and checking out through the grains, one step
/// at a time. It owns no clock loop: <see cref="ShopperSimulator"/> paces the steps, tests call <see cref="StepAsync"/>.
/// Not thread-safe: one caller steps it.
/// </summary>
public sealed partial class ShopperSimulation
{
    const int PageSize = 100;
    const int RecentChoices = 3;
    static readonly TimeSpan WarnEvery = TimeSpan.FromMinutes(1);

    readonly IGrainFactory grains;
    readonly TimeProvider clock;
    readonly Random random;
    readonly SimulationOptions options;
    readonly ILogger<ShopperSimulation> logger;
    readonly SimulatedShopper[] shoppers;
    CatalogSnapshot? catalog;
    long catalogReadAt;
    long? lastWarningAt;

    public ShopperSimulation(IGrainFactory grains, TimeProvider clock, Random random, SimulationOptions options, ILogger<ShopperSimulation> logger)
    {
        this.grains = grains;
        this.clock = clock;
        this.random = random;
        this.options = options;
        this.logger = logger;
        shoppers = [.. Enumerable.Range(1, options.Shoppers).Select(n => new SimulatedShopper(ShopperId(n), Personas.All[(n - 1) % Personas.All.Count]))];
    }

    public SimulationStats Stats { get; } = new();

    public IReadOnlyList<SimulatedShopper> Shoppers => shoppers;

    /// <summary>Simulated shoppers with something in their cart.</summary>
    public int OpenCarts => shoppers.Count(s => s.Cart.Count > 0);

    public static string ShopperId(int number) => string.Create(CultureInfo.InvariantCulture, $"a-sim-{number:0000}");

    /// <summary>Reads the whole catalog again; false while it has no products.</summary>
    public async Task<bool> RefreshCatalogAsync()
    {
        var catalogGrain = grains.GetGrain<ICatalogGrain>(CatalogKeys.Main);
        var products = new List<ProductSummary>();
        for (var page = 1; ; page++)
        {
            var result = await catalogGrain.ListAsync(null, page, PageSize).ConfigureAwait(false);
            products.AddRange(result.Items);
            if (result.Items.Count < PageSize || products.Count >= result.Total)
            {
                break;
            }
        }

        catalogReadAt = clock.GetTimestamp();
        catalog = products.Count > 0 ? new CatalogSnapshot(products, Personas.All) : null;
        return catalog is not null;
    }

    /// <summary>
    /// One shopper does one thing. Returns the behaviour events that tracked; a refusal or a failure is counted, logged
    /// and answered with 0, never thrown, so the simulation outlives any one broken call.
    /// </summary>
    public async Task<int> StepAsync()
    {
        var shopper = shoppers[random.Next(shoppers.Length)];
        try
        {
            if ((catalog is null || clock.GetElapsedTime(catalogReadAt) >= options.CatalogRefresh) && !await RefreshCatalogAsync().ConfigureAwait(false))
            {
                return 0;
            }

            var events = await ActAsync(shopper, ActionChooser.Choose(shopper, random), catalog!).ConfigureAwait(false);
            Stats.Tracked(events);
            return events;
        }
        catch (ShopException refusal)
        {
            Stats.WasRefused();
            LogRefused(shopper.Id, refusal.Error, refusal.Message);
            await SyncCartQuietlyAsync(shopper).ConfigureAwait(false);
            return 0;
        }
        catch (Exception failure)
        {
            Failed(failure);
            return 0;
        }
    }

    Task<int> ActAsync(SimulatedShopper shopper, ShopperAction action, CatalogSnapshot snapshot) => action switch
    {
        ShopperAction.Search => SearchAsync(shopper, snapshot),
        ShopperAction.View => ViewAsync(shopper, shopper.LastResults.Count > 0 && random.Next(2) == 0
            ? Any(shopper.LastResults)
            : snapshot.Pick(shopper.Persona, random).Id),
        ShopperAction.Click => ClickAsync(shopper, Any(shopper.LastResults)),
        ShopperAction.AddToCart => AddToCartAsync(shopper, Recent(shopper)),
        ShopperAction.RemoveFromCart => RemoveFromCartAsync(shopper, Any(shopper.Cart.Keys.Order(StringComparer.Ordinal).ToList())),
        ShopperAction.Wishlist => WishlistAsync(shopper, Recent(shopper)),
        ShopperAction.Checkout => CheckoutAsync(shopper),
        _ => throw new UnreachableException($"No step for {action}."),
    };

    async Task<int> SearchAsync(SimulatedShopper shopper, CatalogSnapshot snapshot)
    {
        var query = snapshot.QueryFor(snapshot.Pick(shopper.Persona, random), random);
        shopper.Searched(snapshot.Search(query).Select(p => p.Id));
        await TrackAsync(shopper, Event(BehaviourKind.Search, shopper, null, query, 1)).ConfigureAwait(false);
        return 1;
    }

    async Task<int> ViewAsync(SimulatedShopper shopper, string productId)
    {
        await TrackAsync(shopper, Event(BehaviourKind.View, shopper, productId, null, 1)).ConfigureAwait(false);
        shopper.Viewed(productId);
        return 1;
    }

    /// <summary>A click on a search result opens the product's page: a click and a view.</summary>
    async Task<int> ClickAsync(SimulatedShopper shopper, string productId)
    {
        await TrackAsync(
            shopper,
            Event(BehaviourKind.Click, shopper, productId, null, 1),
            Event(BehaviourKind.View, shopper, productId, null, 1)).ConfigureAwait(false);
        shopper.Viewed(productId);
        return 2;
    }

    async Task<int> AddToCartAsync(SimulatedShopper shopper, string productId)
    {
        var quantity = 1 + random.Next(shopper.Persona.MaxQuantity);
        var cart = await CartOf(shopper).AddAsync(productId, quantity).ConfigureAwait(false);
        shopper.CartIs(cart.Lines);
        Stats.AddedToCart();
        await TrackAsync(shopper, Event(BehaviourKind.AddToCart, shopper, productId, null, quantity)).ConfigureAwait(false);
        return 1;
    }

    async Task<int> RemoveFromCartAsync(SimulatedShopper shopper, string productId)
    {
        var quantity = shopper.Cart[productId];
        var cart = await CartOf(shopper).RemoveAsync(productId).ConfigureAwait(false);
        shopper.CartIs(cart.Lines);
        Stats.RemovedFromCart();
        await TrackAsync(shopper, Event(BehaviourKind.RemoveFromCart, shopper, productId, null, quantity)).ConfigureAwait(false);
        return 1;
    }

    /// <summary>The user grain records the wishlist event itself (once: adding a product twice changes nothing).</summary>
    async Task<int> WishlistAsync(SimulatedShopper shopper, string productId)
    {
        var user = grains.GetGrain<IUserGrain>(shopper.Id);
        var before = (await user.GetWishlistAsync().ConfigureAwait(false)).Count;
        var after = (await user.AddToWishlistAsync(productId).ConfigureAwait(false)).Count;
        return after - before;
    }

    async Task<int> CheckoutAsync(SimulatedShopper shopper)
    {
        // The clock keeps keys unique across restarts, where the same seed replays the same shoppers and numbers.
        var key = string.Create(CultureInfo.InvariantCulture, $"sim-{shopper.Id}-{clock.GetUtcNow().ToUnixTimeMilliseconds()}-{shopper.NextCheckout()}");
        var order = (await CartOf(shopper).CheckoutAsync(new CheckoutRequest(key, SandboxPaymentGateway.CapturedCard)).ConfigureAwait(false)).Order;
        var paid = order.Status == OrderStatus.Paid;
        Stats.Ordered(paid);

        // Failed orders too: running out of stock is the usual reason an order fails.
        await RestockAsync(order.Lines.Select(l => l.ProductId)).ConfigureAwait(false);
        await SyncCartAsync(shopper).ConfigureAwait(false);

        // A paid checkout records one purchase event per line itself.
        return paid ? order.Lines.Count : 0;
    }

    async Task RestockAsync(IEnumerable<string> productIds)
    {
        foreach (var productId in productIds.Distinct(StringComparer.Ordinal))
        {
            var product = grains.GetGrain<IProductGrain>(productId);
            if (await product.GetAsync().ConfigureAwait(false) is { } view && view.Stock < options.RestockBelow)
            {
                await product.UpdateAsync(new ProductChange(Stock: options.RestockTo)).ConfigureAwait(false);
                Stats.Restocked();
                LogRestocked(productId, view.Stock, options.RestockTo);
            }
        }
    }

    async Task SyncCartAsync(SimulatedShopper shopper) => shopper.CartIs((await CartOf(shopper).GetAsync().ConfigureAwait(false)).Lines);

    async Task SyncCartQuietlyAsync(SimulatedShopper shopper)
    {
        try
        {
            await SyncCartAsync(shopper).ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            Failed(failure);
        }
    }

    Task TrackAsync(SimulatedShopper shopper, params BehaviourEvent[] events) => grains.GetGrain<IUserGrain>(shopper.Id).TrackAsync(events);

    BehaviourEvent Event(BehaviourKind kind, SimulatedShopper shopper, string? productId, string? query, int quantity) =>
        new(kind, shopper.Id, productId, query, quantity, clock.GetUtcNow());

    ICartGrain CartOf(SimulatedShopper shopper) => grains.GetGrain<ICartGrain>(shopper.Id);

    string Any(IReadOnlyList<string> ids) => ids[random.Next(ids.Count)];

    /// <summary>One of the last few products the shopper looked at.</summary>
    string Recent(SimulatedShopper shopper) => shopper.RecentlyViewed[^(1 + random.Next(Math.Min(RecentChoices, shopper.RecentlyViewed.Count)))];

    /// <summary>Counts a failure; logs it in full at most once a minute so a broken dependency cannot flood the log.</summary>
    void Failed(Exception failure)
    {
        Stats.Failed();
        var now = clock.GetTimestamp();
        if (lastWarningAt is { } last && clock.GetElapsedTime(last, now) < WarnEvery)
        {
            LogStepFailedAgain(failure.Message);
            return;
        }

        lastWarningAt = now;
        LogStepFailed(failure);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Simulated shopper {ShopperId} was refused ({Error}): {Message}")]
    partial void LogRefused(string shopperId, ShopError error, string message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Simulation restocked {ProductId} from {Stock} to {RestockTo}")]
    partial void LogRestocked(string productId, int stock, int restockTo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A simulated shopper's step failed; the simulation carries on (repeats are logged at debug level for a minute)")]
    partial void LogStepFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A simulated shopper's step failed again: {Message}")]
    partial void LogStepFailedAgain(string message);
}
