using Elara.Runtime.Testing;
using Elara.Runtime.Testing.Cluster;
using Elara.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Elara.Runtime.Tests.Cluster;

/// <summary>Several silos in this process over the real TCP transport on loopback, sharing one store and membership table.</summary>
public sealed class ClusterTests
{
    static Task<TestCluster> StartAsync(int silos, ActivationLog? log = null) =>
        TestCluster.StartAsync(silos, options =>
        {
            options.GrainAssemblies.Add(typeof(CounterGrain).Assembly);
            options.Services = services => services.AddSingleton(log ?? new ActivationLog()).AddSingleton(new Gates());
        });

    static GrainId Counter(string key) => new("counter", key);

    static int LiveActivations(TestCluster cluster, GrainId id) => cluster.Silos.Count(s => s.HasActivation(id));

    [Fact]
    public async Task A_grain_is_reachable_from_every_silo_and_the_client_and_lives_on_its_home_silo_only()
    {
        await using var cluster = await StartAsync(3);
        var keys = Enumerable.Range(0, 30).Select(i => $"reach-{i}").ToArray();

        foreach (var key in keys)
        {
            (await cluster.Client.GetGrain<ICounterGrain>(key).IncrementAsync()).ShouldBe(1);
            var expected = 1;
            foreach (var silo in cluster.Silos)
            {
                (await silo.Grains.GetGrain<ICounterGrain>(key).IncrementAsync()).ShouldBe(++expected);
            }
        }

        foreach (var key in keys)
        {
            var id = Counter(key);
            LiveActivations(cluster, id).ShouldBe(1);
            var home = cluster.Silos[0].HomeOf(id);
            cluster.Silos.Single(s => s.HasActivation(id)).Address.ShouldBe(home);
        }

        cluster.Silos.Count(s => s.ActivationCount > 0).ShouldBe(3, "30 grains spread over 3 silos");
    }

    [Fact]
    public async Task Grain_exceptions_cross_the_wire_with_their_type_and_message()
    {
        var log = new ActivationLog();
        log.Add("broken");
        await using var cluster = await StartAsync(2, log);
        var grains = Enumerable.Range(0, 10).Select(i => cluster.Client.GetGrain<IBrokenGrain>($"broken-{i}")).ToArray();

        foreach (var grain in grains)
        {
            var error = await Should.ThrowAsync<InvalidOperationException>(grain.PingAsync());
            error.Message.ShouldBe("cannot activate today");
        }
    }

    [Fact]
    public async Task Killing_a_silo_moves_its_grains_and_their_stored_state_to_the_survivors()
    {
        await using var cluster = await StartAsync(3);
        var keys = Enumerable.Range(0, 60).Select(i => $"kill-{i}").ToArray();
        foreach (var key in keys)
        {
            (await cluster.Client.GetGrain<ICounterGrain>(key).IncrementAsync()).ShouldBe(1);
        }

        var victim = cluster.Silos.MaxBy(s => s.ActivationCount)!;
        var moved = keys.Where(k => victim.HasActivation(Counter(k))).ToArray();
        moved.ShouldNotBeEmpty();

        await victim.KillAsync();
        await cluster.WaitForViewAsync(2);

        foreach (var key in keys)
        {
            (await cluster.Client.GetGrain<ICounterGrain>(key).IncrementAsync()).ShouldBe(2, $"{key} kept its stored count");
        }

        foreach (var key in moved)
        {
            LiveActivations(cluster, Counter(key)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Adding_a_silo_rebalances_and_leaves_one_activation_per_grain()
    {
        var log = new ActivationLog();
        await using var cluster = await StartAsync(2, log);
        var keys = Enumerable.Range(0, 100).Select(i => $"add-{i}").ToArray();
        foreach (var key in keys)
        {
            await cluster.Client.GetGrain<ICounterGrain>(key).IncrementAsync();
        }

        var added = await cluster.AddSiloAsync();
        await Eventually.HoldsAsync(() => log.Events.Any(e => e.EndsWith("PlacementChanged", StringComparison.Ordinal)), "grains whose home moved deactivate");

        foreach (var key in keys)
        {
            (await cluster.Client.GetGrain<ICounterGrain>(key).IncrementAsync()).ShouldBe(2, $"{key} moved with its state");
        }

        added.ActivationCount.ShouldBeGreaterThan(10, "the new silo takes its share");
        await Eventually.HoldsAsync(() => keys.All(k => LiveActivations(cluster, Counter(k)) == 1), "one live activation per grain");
    }

    [Fact]
    public async Task Under_load_while_silos_come_and_go_no_grain_ends_with_two_live_activations()
    {
        await using var cluster = await StartAsync(3);
        var keys = Enumerable.Range(0, 40).Select(i => $"churn-{i}").ToArray();
        using var stop = new CancellationTokenSource();
        var callers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            while (!stop.IsCancellationRequested)
            {
                var key = keys[random.Next(keys.Length)];
                var silos = cluster.Silos;
                var factory = random.Next(3) == 0 || silos.Count == 0 ? cluster.Client : silos[random.Next(silos.Count)].Grains;
                try
                {
                    await factory.GetGrain<ICounterGrain>(key).GetAsync();
                }
                catch (Exception)
                {
                    // calls in flight during a failover may fail
                }
            }
        })).ToArray();

        await Task.Delay(200);
        await cluster.AddSiloAsync();
        await Task.Delay(200);
        await cluster.Silos[0].KillAsync();
        await cluster.WaitForViewAsync(3);
        await Task.Delay(300);
        await stop.CancelAsync();
        await Task.WhenAll(callers);

        foreach (var key in keys)
        {
            await cluster.Client.GetGrain<ICounterGrain>(key).GetAsync();
        }

        await Eventually.HoldsAsync(() => keys.All(k => LiveActivations(cluster, Counter(k)) <= 1), "at most one live activation per grain");
    }

    [Fact]
    public async Task After_a_split_the_stale_activation_cannot_write_over_the_new_one()
    {
        await using var cluster = await StartAsync(2);
        var cutOff = cluster.Silos[0];
        var key = Enumerable.Range(0, 100).Select(i => $"split-{i}").First(k => cutOff.HomeOf(Counter(k)) == cutOff.Address);
        (await cluster.Client.GetGrain<ICounterGrain>(key).IncrementAsync()).ShouldBe(1);
        cutOff.HasActivation(Counter(key)).ShouldBeTrue();

        await cutOff.PartitionAsync();
        var survivor = cluster.Silos.Single(s => s != cutOff);
        await Eventually.HoldsAsync(() => survivor.Membership.View.ActiveSilos.Count == 1, "the survivor declares the cut-off silo dead", TimeSpan.FromSeconds(20));
        await Eventually.HoldsAsync(() => ((Elara.Runtime.Membership.IClusterMembership)cluster.ClientServices.GetRequiredService(typeof(Elara.Runtime.Membership.IClusterMembership))).View.ActiveSilos.Count == 1, "the client sees one silo");

        (await cluster.Client.GetGrain<ICounterGrain>(key).IncrementAsync()).ShouldBe(2, "the survivor took over from the store");

        // The cut-off silo still believes it is home and still holds its activation, with the old ETag.
        await Should.ThrowAsync<InconsistentStateException>(cutOff.Grains.GetGrain<ICounterGrain>(key).IncrementAsync());
        (await cluster.Client.GetGrain<ICounterGrain>(key).GetAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task Explicit_stream_subscribers_on_every_silo_receive_items_published_anywhere()
    {
        await using var cluster = await StartAsync(3);
        var received = cluster.Silos.Select(_ => new List<string>()).ToArray();
        var streamId = new Elara.Runtime.Streams.StreamId("cluster-test", "all");
        for (var i = 0; i < cluster.Silos.Count; i++)
        {
            var list = received[i];
            await cluster.Silos[i].Services.GetRequiredService<Elara.Runtime.Streams.IStreamProvider>()
                .GetStream<string>(streamId).SubscribeAsync(new Collector(list));
        }

        // Silos learn of each other's subscriptions from heartbeats: wait until the publisher knows of all of them.
        var publisher = (Elara.Runtime.Membership.ClusterMembershipBase)cluster.Silos[1].Membership;
        await Eventually.HoldsAsync(
            () => cluster.Silos.Where(s => s != cluster.Silos[1]).All(s => publisher.StreamNamespacesOf(s.Membership.LocalSilo)?.Contains("cluster-test") == true),
            "the publisher knows every silo's subscription");
        await cluster.Silos[1].Services.GetRequiredService<Elara.Runtime.Streams.IStreamProvider>().GetStream<string>(streamId).OnNextAsync("hello");

        foreach (var list in received)
        {
            lock (list)
            {
                list.ShouldBe(["hello"]);
            }
        }
    }

    sealed class Collector(List<string> items) : Elara.Runtime.Streams.IAsyncObserver<string>
    {
        public Task OnNextAsync(string item, Elara.Runtime.Streams.StreamId stream)
        {
            lock (items)
            {
                items.Add(item);
            }

            return Task.CompletedTask;
        }
    }
}
