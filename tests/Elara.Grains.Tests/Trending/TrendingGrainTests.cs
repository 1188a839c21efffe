using System.Collections.Concurrent;
using Elara.Grains.Analytics;
using Elara.Grains.Behaviour;
using Elara.Grains.Carts;
using Elara.Grains.Orders;
using Elara.Grains.Payments;
using Elara.Grains.Trending;
using Elara.Grains.Users;
using Elara.Runtime.Testing;
using Elara.Runtime.Testing.Silos;
using Shouldly;

namespace Elara.Grains.Tests.Trending;

public sealed class TrendingGrainTests
{
    static BehaviourEvent Event(TestSilo silo, BehaviourKind kind, string shopper, string productId) =>
        new(kind, shopper, productId, null, 1, silo.Clock.GetUtcNow());

    /// <summary>Records the events, then has the silo's relay pass them to the behaviour-stream shards at once.</summary>
    static async Task TrackAsync(TestSilo silo, string shopper, params BehaviourEvent[] events)
    {
        await silo.Grains.GetGrain<IUserGrain>(shopper).TrackAsync(events);
        await silo.FlushBehaviourAsync();
    }

    /// <summary>Moves the clock past the shards' batching delay, then waits until the reduce step answers as wanted.</summary>
    static async Task<T> ReducedAsync<T>(TestSilo silo, Func<ITrendingGrain, Task<T>> read, Func<T, bool> done)
    {
        silo.Clock.Advance(TrendingShardGrain.FlushDelay);
        var trending = silo.Grains.GetGrain<ITrendingGrain>(TrendingKeys.Main);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var answer = await read(trending);
            if (done(answer))
            {
                return answer;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The trending grain still answers {answer}.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Waits until the reduce step has <paramref name="events"/> product events (snapshots are never stale), then reads the top list.</summary>
    static async Task<IReadOnlyList<TrendingProduct>> TopAsync(TestSilo silo, int events, string? category = null)
    {
        await ReducedAsync(silo, t => t.SnapshotAsync(TrendingWindow.OneHour, 100), s => s.Products.Sum(p => p.Events) >= events);
        silo.Clock.Advance(TrendingGrain.RankingMaxAge);
        return await silo.Grains.GetGrain<ITrendingGrain>(TrendingKeys.Main).TopAsync(TrendingWindow.OneHour, category, 10);
    }

    [Fact]
    public async Task Events_from_many_shoppers_on_many_shards_reduce_into_one_top_list()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp", category: "Lighting");
        await silo.AddProductAsync("rug", category: "Rugs");
        var shoppers = Enumerable.Range(0, 40).Select(i => $"a-shopper-{i}").ToList();
        shoppers.Select(TrendingKeys.ShardFor).Distinct().Count().ShouldBeGreaterThan(1);

        await Task.WhenAll(shoppers.Select(s => TrackAsync(silo, s, Event(silo, BehaviourKind.View, s, "lamp"))));
        await Task.WhenAll(shoppers.Take(10).Select(s => TrackAsync(silo, s, Event(silo, BehaviourKind.Purchase, s, "rug"))));

        var top = await TopAsync(silo, 50);
        top.ShouldBe(
        [
            new TrendingProduct("rug", "Rugs", 10 * TrendingWeights.Of(BehaviourKind.Purchase), 10),
            new TrendingProduct("lamp", "Lighting", 40 * TrendingWeights.Of(BehaviourKind.View), 40),
        ]);
    }

    [Fact]
    public async Task Top_filters_by_category_and_forgets_with_the_window()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp", category: "Lighting");
        await silo.AddProductAsync("rug", category: "Rugs");
        await TrackAsync(silo, "a-ann", Event(silo, BehaviourKind.View, "a-ann", "lamp"), Event(silo, BehaviourKind.AddToCart, "a-ann", "rug"));

        (await TopAsync(silo, 1, "lighting")).Select(p => p.ProductId).ShouldBe(["lamp"]);

        silo.Clock.Advance(TimeSpan.FromHours(1));
        var trending = silo.Grains.GetGrain<ITrendingGrain>(TrendingKeys.Main);
        (await trending.TopAsync(TrendingWindow.OneHour, null, 10)).ShouldBeEmpty();
        (await trending.TopAsync(TrendingWindow.OneDay, null, 10)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_paid_checkout_shows_in_the_snapshot_with_the_orders_price_and_the_funnel()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp", price: 12.50m);
        const string shopper = "a-buyer";
        await TrackAsync(silo, shopper, Event(silo, BehaviourKind.View, shopper, "lamp"));
        await silo.Grains.GetGrain<ICartGrain>(shopper).AddAsync("lamp", 2);
        await TrackAsync(silo, shopper, Event(silo, BehaviourKind.AddToCart, shopper, "lamp"));

        var placed = await silo.Grains.GetGrain<ICartGrain>(shopper).CheckoutAsync(new CheckoutRequest("key-1", SandboxPaymentGateway.CapturedCard));
        placed.Order.Status.ShouldBe(OrderStatus.Paid);

        var snapshot = await ReducedAsync(silo, t => t.SnapshotAsync(TrendingWindow.FiveMinutes, 10), s => s.Totals.Orders > 0);
        snapshot.Totals.ShouldBe(new RevenueTotals(25m, 1));
        snapshot.RevenuePerMinute[^1].Revenue.ShouldBe(25m);
        snapshot.Funnel.ShouldBe(new ConversionFunnel(1, 1, 1));
        snapshot.Products.ShouldHaveSingleItem().Events.ShouldBe(3);
    }

    [Fact]
    public async Task Searches_and_searches_without_hits_are_counted_as_queries()
    {
        await using var silo = await ShopSilo.StartAsync();
        await TrackAsync(silo, "a-ann", new BehaviourEvent(BehaviourKind.Search, "a-ann", null, "Brass  Lamp", 1, silo.Clock.GetUtcNow()));
        await silo.Grains.GetGrain<ITrendingShardGrain>(TrendingKeys.ShardFor("a-ann")).RecordSearchMissAsync("Unicorn Saddle");

        var snapshot = await ReducedAsync(silo, t => t.SnapshotAsync(TrendingWindow.OneHour, 10), s => s.ZeroResultQueries.Count > 0 && s.Queries.Count > 0);

        snapshot.Queries.ShouldBe([new QueryCount("brass lamp", 1)]);
        snapshot.ZeroResultQueries.ShouldBe([new QueryCount("unicorn saddle", 1)]);
    }

    [Fact]
    public async Task Observers_hear_of_changes_at_most_once_a_second()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp");
        var listener = new Listener();
        var trending = silo.Grains.GetGrain<ITrendingGrain>(TrendingKeys.Main);
        await trending.SubscribeAsync(silo.Grains.CreateObjectReference<ITrendingObserver>(listener));

        await TrackAsync(silo, "a-ann", Event(silo, BehaviourKind.View, "a-ann", "lamp"));
        await ReducedAsync(silo, t => t.SnapshotAsync(TrendingWindow.OneHour, 10), s => s.Products.Sum(p => p.Events) == 1);
        await Eventually.HoldsAsync(() => listener.Notices.Count == 1, "the first change is told at once");

        await TrackAsync(silo, "a-bob", Event(silo, BehaviourKind.View, "a-bob", "lamp"));
        await ReducedAsync(silo, t => t.SnapshotAsync(TrendingWindow.OneHour, 10), s => s.Products.Sum(p => p.Events) == 2);
        listener.Notices.Count.ShouldBe(1);

        silo.Clock.Advance(TrendingGrain.NotifyGap);
        await Eventually.HoldsAsync(() => listener.Notices.Count == 2, "the second change is told a second after the first");
        (listener.Notices.Last() - listener.Notices.First()).ShouldBeGreaterThanOrEqualTo(TrendingGrain.NotifyGap);
    }

    [Fact]
    public async Task A_top_list_lags_new_counts_by_at_most_the_ranking_age_while_snapshots_never_do()
    {
        await using var silo = await ShopSilo.StartAsync();
        await silo.AddProductAsync("lamp");
        await silo.AddProductAsync("rug");
        var trending = silo.Grains.GetGrain<ITrendingGrain>(TrendingKeys.Main);
        await TrackAsync(silo, "a-ann", Event(silo, BehaviourKind.View, "a-ann", "lamp"));
        await ReducedAsync(silo, t => t.SnapshotAsync(TrendingWindow.FiveMinutes, 10), s => s.Products.Count == 1);
        (await trending.TopAsync(TrendingWindow.OneHour, null, 10)).Select(p => p.ProductId).ShouldBe(["lamp"]);

        await TrackAsync(silo, "a-bob", Event(silo, BehaviourKind.Purchase, "a-bob", "rug"));
        var snapshot = await ReducedAsync(silo, t => t.SnapshotAsync(TrendingWindow.FiveMinutes, 10), s => s.Products.Count == 2);
        snapshot.Products.Select(p => p.ProductId).ShouldBe(["rug", "lamp"]);
        (await trending.TopAsync(TrendingWindow.OneHour, null, 10)).Select(p => p.ProductId).ShouldBe(["lamp"]);

        silo.Clock.Advance(TrendingGrain.RankingMaxAge - TrendingShardGrain.FlushDelay);
        (await trending.TopAsync(TrendingWindow.OneHour, null, 10)).Select(p => p.ProductId).ShouldBe(["rug", "lamp"]);
    }

    [Fact]
    public async Task The_days_trends_survive_a_restart()
    {
        await using var silo = await ShopSilo.StartAsync(ShopSilo.SqliteStorage());
        await silo.AddProductAsync("lamp");
        await TrackAsync(silo, "a-ann", Event(silo, BehaviourKind.View, "a-ann", "lamp"));
        await TopAsync(silo, 1);

        await silo.RestartAsync();

        (await silo.Grains.GetGrain<ITrendingGrain>(TrendingKeys.Main).TopAsync(TrendingWindow.OneDay, null, 10))
            .ShouldBe([new TrendingProduct("lamp", "Lighting", 1, 1)]);
    }

    sealed class Listener : ITrendingObserver
    {
        readonly ConcurrentQueue<DateTimeOffset> notices = new();

        public IReadOnlyList<DateTimeOffset> Notices => [.. notices];

        public Task ChangedAsync(DateTimeOffset at)
        {
            notices.Enqueue(at);
            return Task.CompletedTask;
        }
    }
}
