using Elara.Runtime.Tests.Grains;
using Shouldly;

namespace Elara.Runtime.Tests.Runtime;

public sealed class ObserverTests
{
    [Fact]
    public async Task A_grain_pushes_to_an_observer_outside_the_cluster_until_its_reference_is_deleted()
    {
        await using var silo = await Silo.StartAsync();
        var board = silo.Grains.GetGrain<IBoardGrain>("news");
        var listener = new Listener();
        var reference = silo.Grains.CreateObjectReference<IBoardObserver>(listener);
        await board.SubscribeAsync(reference);

        (await board.PostAsync("price drop on lamps")).ShouldBe(1);
        silo.Grains.DeleteObjectReference(reference);
        (await board.PostAsync("restock")).ShouldBe(0);

        listener.Messages.ShouldBe(["price drop on lamps"]);
    }

    [Fact]
    public async Task Observer_subscriptions_expire_unless_renewed()
    {
        await using var silo = await Silo.StartAsync();
        var board = silo.Grains.GetGrain<IBoardGrain>("quiet");
        var listener = new Listener();
        await board.SubscribeAsync(silo.Grains.CreateObjectReference<IBoardObserver>(listener));

        silo.Clock.Advance(TimeSpan.FromMinutes(6));

        (await board.PostAsync("anyone?")).ShouldBe(0);
        listener.Messages.ShouldBeEmpty();
    }

    sealed class Listener : IBoardObserver
    {
        public List<string> Messages { get; } = [];

        public Task OnMessageAsync(string message)
        {
            Messages.Add(message);
            return Task.CompletedTask;
        }
    }
}
