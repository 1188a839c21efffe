using Elara.Grains.Accounts;
using Elara.Grains.Behaviour;
using Elara.Grains.Carts;
using Elara.Grains.Catalog;
using Elara.Grains.Orders;
using Elara.Grains.Payments;
using Elara.Grains.Products;
using Elara.Grains.Users;
using Shouldly;

namespace Elara.Grains.Tests;

public sealed class DurabilityTests
{
    [Fact]
    public async Task The_shop_survives_a_silo_restart_on_sqlite()
    {
        await using var silo = await ShopSilo.StartAsync(ShopSilo.SqliteStorage());
        await silo.AddProductAsync("lamp-7", stock: 5, price: 20m, name: "Desk lamp");
        await silo.AddProductAsync("vase-2", stock: 2, price: 7.50m, name: "Blue vase");
        var account = await silo.Grains.GetGrain<IAccountGrain>("ann@shop.example").RegisterAsync("correct horse battery", "Ann", [Roles.Shopper]);
        var user = account.UserId;
        await silo.Grains.GetGrain<IUserGrain>(user).TrackAsync([new BehaviourEvent(BehaviourKind.View, user, "vase-2", null, 1, silo.Clock.GetUtcNow())]);
        await silo.Grains.GetGrain<IUserGrain>(user).AddToWishlistAsync("vase-2");
        await silo.Grains.GetGrain<ICartGrain>(user).AddAsync("lamp-7", 2);
        var order = (await silo.Grains.GetGrain<ICartGrain>(user).CheckoutAsync(new CheckoutRequest("key-1", SandboxPaymentGateway.CapturedCard))).Order;
        await silo.Grains.GetGrain<ICartGrain>(user).AddAsync("vase-2", 1);

        await silo.RestartAsync();

        var lamp = await silo.ProductAsync("lamp-7");
        lamp.Stock.ShouldBe(3);
        lamp.Counters.Purchases.ShouldBe(2);
        (await silo.ProductAsync("vase-2")).Counters.ShouldBe(ProductCounters.None with { Views = 1, Wishlisted = 1 });
        (await silo.Grains.GetGrain<ICatalogGrain>(CatalogKeys.Main).ListAsync(null, 1, 10)).Items.Select(p => (p.Id, p.Stock)).ShouldBe([("vase-2", 2), ("lamp-7", 3)]);
        (await silo.Grains.GetGrain<IAccountGrain>("ann@shop.example").SignInAsync("correct horse battery")).Succeeded.ShouldBeTrue();
        (await silo.Grains.GetGrain<IUserGrain>(user).GetProfileAsync()).ShouldNotBeNull().DisplayName.ShouldBe("Ann");
        (await silo.Grains.GetGrain<IUserGrain>(user).GetActivityAsync()).Wishlist.ShouldBe(["vase-2"]);
        (await silo.Grains.GetGrain<IUserGrain>(user).GetOrderIdsAsync()).ShouldBe([order.Id]);
        (await silo.Grains.GetGrain<IOrderGrain>(order.Id).GetAsync()).ShouldNotBeNull().Status.ShouldBe(OrderStatus.Paid);
        (await silo.Grains.GetGrain<ICartGrain>(user).GetAsync()).Lines.ShouldHaveSingleItem().ProductId.ShouldBe("vase-2");
        var replay = await silo.Grains.GetGrain<ICartGrain>(user).CheckoutAsync(new CheckoutRequest("key-1", SandboxPaymentGateway.CapturedCard));
        (replay.Replayed, replay.Order.Id).ShouldBe((true, order.Id));
    }

    [Fact]
    public async Task A_lockout_survives_a_silo_restart()
    {
        await using var silo = await ShopSilo.StartAsync(ShopSilo.SqliteStorage());
        var account = silo.Grains.GetGrain<IAccountGrain>("ann@shop.example");
        await account.RegisterAsync("correct horse battery", "Ann", [Roles.Shopper]);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await account.SignInAsync("wrong password");
        }

        await silo.RestartAsync();

        (await silo.Grains.GetGrain<IAccountGrain>("ann@shop.example").SignInAsync("correct horse battery")).LockedOut.ShouldBeTrue();
    }

    [Theory]
    [InlineData(3)]
    [InlineData(UserGrain.SnapshotEvery + 6)]
    public async Task Acknowledged_events_not_yet_in_a_snapshot_are_replayed_by_the_next_activation(int batches)
    {
        // Two silos on one store: the second activates the shopper while the first never deactivated it (as after a crash).
        var storage = ShopSilo.SqliteStorage();
        await using var first = await ShopSilo.StartAsync(storage);
        await first.AddProductAsync("lamp-7", category: "Lighting");
        await first.AddProductAsync("vase-2", category: "Vases");
        var tracked = first.Grains.GetGrain<IUserGrain>("a-replay");
        for (var i = 0; i < batches; i++)
        {
            var product = i % 2 == 0 ? "lamp-7" : "vase-2";
            (await tracked.TrackAsync([new BehaviourEvent(BehaviourKind.View, "a-replay", product, null, 1, first.Clock.GetUtcNow())])).ShouldBeEmpty();
        }

        var before = await tracked.GetPreferencesAsync();

        await using var second = await ShopSilo.StartAsync(storage);
        var replayed = second.Grains.GetGrain<IUserGrain>("a-replay");

        var activity = await replayed.GetActivityAsync();
        activity.EventCounts["View"].ShouldBe(batches);
        activity.RecentlyViewed.ShouldBe(batches == 1 ? ["lamp-7"] : [batches % 2 == 0 ? "vase-2" : "lamp-7", batches % 2 == 0 ? "lamp-7" : "vase-2"]);
        (await replayed.GetPreferencesAsync()).Events.ShouldBe(before.Events, "the preference vector learns the replayed events too");
    }
}
