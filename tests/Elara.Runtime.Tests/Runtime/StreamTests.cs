using Elara.Runtime.Streams;
using Elara.Runtime.Tests.Grains;
using Shouldly;

namespace Elara.Runtime.Tests.Runtime;

public sealed class StreamTests
{
    [Fact]
    public async Task An_implicit_subscriber_receives_the_items_of_its_own_key_only()
    {
        await using var silo = await Silo.StartAsync();
        var lamp = silo.Streams.GetStream<PriceChanged>(new StreamId("prices", "lamp-7"));
        var vase = silo.Streams.GetStream<PriceChanged>(new StreamId("prices", "vase-2"));

        await lamp.OnNextAsync(new PriceChanged("lamp-7", 10m));
        await vase.OnNextAsync(new PriceChanged("vase-2", 3m));
        await lamp.OnNextAsync(new PriceChanged("lamp-7", 8m));

        (await silo.Grains.GetGrain<IPriceWatchGrain>("lamp-7").SeenAsync()).ShouldBe([10m, 8m]);
        (await silo.Grains.GetGrain<IPriceWatchGrain>("vase-2").SeenAsync()).ShouldBe([3m]);
    }

    [Fact]
    public async Task A_stream_in_a_namespace_nobody_subscribes_to_delivers_nowhere()
    {
        await using var silo = await Silo.StartAsync();

        await silo.Streams.GetStream<PriceChanged>(new StreamId("nobody", "x")).OnNextAsync(new PriceChanged("x", 1m));

        silo.ActivationCount.ShouldBe(0);
    }

    [Fact]
    public async Task An_explicit_observer_gets_items_in_order_until_it_unsubscribes()
    {
        await using var silo = await Silo.StartAsync();
        var stream = silo.Streams.GetStream<PriceChanged>(new StreamId("news", "all"));
        var observer = new RecordingObserver();
        var subscription = await stream.SubscribeAsync(observer);

        for (var i = 1; i <= 20; i++)
        {
            await stream.OnNextAsync(new PriceChanged("p", i));
        }

        await subscription.UnsubscribeAsync();
        await stream.OnNextAsync(new PriceChanged("p", 99m));

        observer.Prices.ShouldBe(Enumerable.Range(1, 20).Select(i => (decimal)i));
    }

    sealed class RecordingObserver : IAsyncObserver<PriceChanged>
    {
        public List<decimal> Prices { get; } = [];

        public Task OnNextAsync(PriceChanged item, StreamId stream)
        {
            Prices.Add(item.Price);
            return Task.CompletedTask;
        }
    }
}
