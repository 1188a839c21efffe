using Elara.Grains.Behaviour;
using Elara.Grains.Errors;
using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;
using Elara.Grains.Users;
using Elara.Runtime.Testing;
using Elara.Runtime.Testing.Silos;
using Shouldly;

namespace Elara.Grains.Tests.Users;

public sealed class UserGrainTests
{
    const string Shopper = "a-shopper";

    [Fact]
    public async Task An_anonymous_shopper_has_no_profile()
    {
        await using var silo = await ShopSilo.StartAsync();

        (await silo.Grains.GetGrain<IUserGrain>(Shopper).GetProfileAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Tracked_views_and_searches_enter_the_shoppers_activity()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7");
        await silo.AddProductAsync("vase-2");
        var user = silo.Grains.GetGrain<IUserGrain>(Shopper);

        (await user.TrackAsync([View(silo, "lamp-7"), Search(silo, "blue vase"), View(silo, "vase-2"), View(silo, "lamp-7")])).ShouldBeEmpty();

        var activity = await user.GetActivityAsync();
        activity.RecentlyViewed.ShouldBe(["lamp-7", "vase-2"]);
        activity.RecentSearches.ShouldBe(["blue vase"]);
        activity.EventCounts["View"].ShouldBe(3);
        activity.EventCounts["Search"].ShouldBe(1);
    }

    [Fact]
    public async Task Tracked_events_are_counted_on_their_products()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7");

        await silo.Grains.GetGrain<IUserGrain>(Shopper).TrackAsync(
        [
            View(silo, "lamp-7"),
            View(silo, "lamp-7"),
            new BehaviourEvent(BehaviourKind.AddToCart, Shopper, "lamp-7", null, 2, silo.Clock.GetUtcNow()),
        ]);
        await silo.FlushBehaviourAsync();

        var counters = (await silo.ProductAsync("lamp-7")).Counters;
        counters.Views.ShouldBe(2);
        counters.AddsToCart.ShouldBe(2);
    }

    [Fact]
    public async Task Counts_reach_the_products_one_relay_interval_after_the_events()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7");
        var user = silo.Grains.GetGrain<IUserGrain>(Shopper);

        await user.TrackAsync([View(silo, "lamp-7")]);
        await user.TrackAsync([View(silo, "lamp-7"), View(silo, "lamp-7")]);
        (await silo.ProductAsync("lamp-7")).Counters.Views.ShouldBe(0);
        silo.Clock.Advance(BehaviourRelay.Interval);

        await Eventually.HoldsAsync(async () => (await silo.ProductAsync("lamp-7")).Counters.Views == 3, "the three views are counted in one send");
    }

    [Fact]
    public async Task A_batch_with_nothing_to_pass_on_does_not_hold_up_the_next_ones()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7");
        var user = silo.Grains.GetGrain<IUserGrain>(Shopper);

        await user.TrackAsync([Search(silo, "lamp")]);
        silo.Clock.Advance(BehaviourRelay.Interval);
        await user.TrackAsync([View(silo, "lamp-7")]);
        silo.Clock.Advance(BehaviourRelay.Interval);

        await Eventually.HoldsAsync(async () => (await silo.ProductAsync("lamp-7")).Counters.Views == 1, "the view after a search is counted");
    }

    [Fact]
    public async Task Tracked_events_are_published_in_order_on_the_shoppers_behaviour_stream_one_relay_interval_later()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7");
        var recorder = new StreamRecorder<BehaviourBatch>();
        await silo.Streams.GetStream<BehaviourBatch>(BehaviourStream.For(Shopper)).SubscribeAsync(recorder);
        BehaviourEvent[] events = [View(silo, "lamp-7"), Search(silo, "lamp")];
        BehaviourEvent[] later = [View(silo, "lamp-7")];

        await silo.Grains.GetGrain<IUserGrain>(Shopper).TrackAsync(events);
        await silo.Grains.GetGrain<IUserGrain>(Shopper).TrackAsync(later);
        recorder.Items.ShouldBeEmpty("the relay sends a moment's events together");

        silo.Clock.Advance(BehaviourRelay.Interval);

        await Eventually.HoldsAsync(() => recorder.Items.Sum(b => b.Events.Count) == 3, "the shard receives both batches in one message");
        recorder.Items.SelectMany(b => b.Events).ShouldBe([.. events, .. later]);
    }

    [Fact]
    public async Task Wishing_for_a_product_lists_it_once_and_counts_it_on_the_product()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7");
        await silo.AddProductAsync("vase-2");
        var user = silo.Grains.GetGrain<IUserGrain>(Shopper);

        await user.AddToWishlistAsync("lamp-7");
        await user.AddToWishlistAsync("vase-2");
        var wishlist = await user.AddToWishlistAsync("lamp-7");

        wishlist.ShouldBe(["vase-2", "lamp-7"]);
        await silo.FlushBehaviourAsync();
        (await silo.ProductAsync("lamp-7")).Counters.Wishlisted.ShouldBe(1);
        (await user.RemoveFromWishlistAsync("vase-2")).ShouldBe(["lamp-7"]);
        (await user.GetWishlistAsync()).ShouldBe(["lamp-7"]);
    }

    [Fact]
    public async Task Events_naming_a_product_that_does_not_exist_are_refused_whole()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7");
        var user = silo.Grains.GetGrain<IUserGrain>(Shopper);

        var unknown = await user.TrackAsync([View(silo, "lamp-7"), View(silo, "ghost"), View(silo, "ghost")]);
        await silo.FlushBehaviourAsync();

        unknown.ShouldBe(["ghost"]);
        (await user.GetActivityAsync()).RecentlyViewed.ShouldBeEmpty();
        (await silo.ProductAsync("lamp-7")).Counters.Views.ShouldBe(0);
    }

    [Fact]
    public async Task A_product_added_a_moment_ago_is_known_before_the_shelf_has_it()
    {
        await using var silo = await ShopSilo.StartAsync();
        var user = silo.Grains.GetGrain<IUserGrain>(Shopper);
        await user.TrackAsync([Search(silo, "lamp")]);
        await silo.AddProductAsync("lamp-7");

        (await user.TrackAsync([View(silo, "lamp-7")])).ShouldBeEmpty();

        (await user.GetActivityAsync()).RecentlyViewed.ShouldBe(["lamp-7"]);
    }

    [Fact]
    public async Task Wishing_for_a_product_that_does_not_exist_is_not_found()
    {
        await using var silo = await ShopSilo.StartAsync();

        var error = await Should.ThrowAsync<ShopException>(silo.Grains.GetGrain<IUserGrain>(Shopper).AddToWishlistAsync("ghost"));

        error.Error.ShouldBe(ShopError.NotFound);
    }

    [Fact]
    public async Task Orders_are_listed_newest_first_and_once()
    {
        await using var silo = await ShopSilo.StartAsync();
        var user = silo.Grains.GetGrain<IUserGrain>("u-ann");

        await user.AddOrderAsync("o-1");
        await user.AddOrderAsync("o-2");
        await user.AddOrderAsync("o-1");

        (await user.GetOrderIdsAsync()).ShouldBe(["o-2", "o-1"]);
    }

    [Fact]
    public async Task Signing_in_takes_over_the_anonymous_activity_and_wishlist_and_empties_the_anonymous_shopper()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7");
        await silo.AddProductAsync("vase-2");
        var anonymous = silo.Grains.GetGrain<IUserGrain>(Shopper);
        var account = silo.Grains.GetGrain<IUserGrain>("u-ann");
        await account.TrackAsync([View(silo, "vase-2", "u-ann")]);
        await account.AddToWishlistAsync("vase-2");
        await anonymous.TrackAsync([View(silo, "lamp-7"), Search(silo, "lamp")]);
        await anonymous.AddToWishlistAsync("lamp-7");

        await account.MergeFromAsync(Shopper);

        var merged = await account.GetActivityAsync();
        merged.RecentlyViewed.ShouldBe(["lamp-7", "vase-2"]);
        merged.RecentSearches.ShouldBe(["lamp"]);
        merged.Wishlist.ShouldBe(["lamp-7", "vase-2"]);
        merged.EventCounts["View"].ShouldBe(2);
        var emptied = await anonymous.GetActivityAsync();
        emptied.RecentlyViewed.ShouldBeEmpty();
        emptied.Wishlist.ShouldBeEmpty();
        emptied.EventCounts.ShouldBeEmpty();
    }

    [Fact]
    public async Task Signing_in_tells_every_silo_to_forget_the_anonymous_shopper_as_someone_like_you()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp-7");
        var recorder = new StreamRecorder<ItemGraphChange>();
        await silo.Streams.GetStream<ItemGraphChange>(ItemGraphStream.Id).SubscribeAsync(recorder);
        await silo.Grains.GetGrain<IUserGrain>(Shopper).TrackAsync([View(silo, "lamp-7")]);
        await silo.FlushBehaviourAsync();

        await silo.Grains.GetGrain<IUserGrain>("u-ann").MergeFromAsync(Shopper);
        await silo.FlushBehaviourAsync();

        recorder.Items.SelectMany(c => c.NewToShoppers).Select(n => n.ShopperId).ShouldBe([Shopper]);
        recorder.Items.SelectMany(c => c.ForgottenShoppers).ShouldBe([Shopper]);
    }

    [Theory]
    [InlineData("u-ann")]
    [InlineData("u-bob")]
    public async Task Merging_from_itself_or_from_an_account_is_invalid(string other)
    {
        await using var silo = await ShopSilo.StartAsync();

        var error = await Should.ThrowAsync<ShopException>(silo.Grains.GetGrain<IUserGrain>("u-ann").MergeFromAsync(other));

        error.Error.ShouldBe(ShopError.Invalid);
    }

    [Fact]
    public async Task An_anonymous_shopper_cannot_get_a_profile()
    {
        await using var silo = await ShopSilo.StartAsync();

        var error = await Should.ThrowAsync<ShopException>(
            silo.Grains.GetGrain<IUserGrain>(Shopper).CreateProfileAsync("ann@shop.example", "Ann", [Roles.Shopper]));

        error.Error.ShouldBe(ShopError.Invalid);
    }

    static BehaviourEvent View(TestSilo silo, string productId, string shopper = Shopper) =>
        new(BehaviourKind.View, shopper, productId, null, 1, silo.Clock.GetUtcNow());

    static BehaviourEvent Search(TestSilo silo, string query) =>
        new(BehaviourKind.Search, Shopper, null, query, 0, silo.Clock.GetUtcNow());
}
