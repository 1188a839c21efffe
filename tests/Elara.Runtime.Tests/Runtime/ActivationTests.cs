using Elara.Runtime.Testing;
using Elara.Runtime.Tests.Grains;
using Shouldly;

namespace Elara.Runtime.Tests.Runtime;

public sealed class ActivationTests
{
    [Fact]
    public async Task A_thousand_concurrent_first_calls_make_one_activation()
    {
        var log = new ActivationLog();
        await using var silo = await Silo.StartAsync(log);
        var counter = silo.Grains.GetGrain<ICounterGrain>("busy");

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => counter.IncrementAsync())));

        log.Count("activate busy 0").ShouldBe(1);
        results.Order().ShouldBe(Enumerable.Range(1, 1000));
        silo.ActivationCount.ShouldBe(1);
    }

    [Fact]
    public async Task References_to_the_same_key_reach_the_same_grain_and_compare_equal()
    {
        await using var silo = await Silo.StartAsync();
        var first = silo.Grains.GetGrain<ICounterGrain>("k");
        var second = silo.Grains.GetGrain<ICounterGrain>("k");

        await first.IncrementAsync();

        (await second.GetAsync()).ShouldBe(1);
        second.ShouldBe(first);
        first.ToString().ShouldBe("counter/k");
    }

    [Fact]
    public async Task A_grain_exception_reaches_the_caller_with_its_type_and_message()
    {
        await using var silo = await Silo.StartAsync();

        var error = await Should.ThrowAsync<ArgumentException>(silo.Grains.GetGrain<ITurnGrain>("t").FailAsync("bad quantity"));

        error.Message.ShouldBe("bad quantity");
    }

    [Fact]
    public async Task A_failed_activation_fails_the_call_and_the_next_call_activates_again()
    {
        var log = new ActivationLog();
        log.Add("broken");
        await using var silo = await Silo.StartAsync(log);
        var grain = silo.Grains.GetGrain<IBrokenGrain>("b");

        (await Should.ThrowAsync<InvalidOperationException>(grain.PingAsync())).Message.ShouldBe("cannot activate today");

        log.Events.Clear();
        (await grain.PingAsync()).ShouldBe("pong");
    }

    [Fact]
    public async Task An_interface_with_no_grain_class_is_refused_with_a_clear_error()
    {
        await using var silo = await Silo.StartAsync();

        var error = Should.Throw<InvalidOperationException>(() => silo.Grains.GetGrain<IUnimplementedGrain>("x"));

        error.Message.ShouldContain("No grain class implements IUnimplementedGrain");
    }

    [Fact]
    public async Task Idle_collection_writes_changed_state_and_a_later_call_reactivates_with_it()
    {
        var log = new ActivationLog();
        await using var silo = await Silo.StartAsync(log, configure: o => o.Runtime = r =>
        {
            r.CollectionAge = TimeSpan.FromMinutes(10);
            r.CollectionQuantum = TimeSpan.FromMinutes(1);
        });
        var counter = silo.Grains.GetGrain<ICounterGrain>("idle");
        await counter.SetWithoutWritingAsync(42);

        silo.Clock.Advance(TimeSpan.FromMinutes(5));
        silo.ActivationCount.ShouldBe(1);
        silo.Clock.Advance(TimeSpan.FromMinutes(6));
        await Eventually.HoldsAsync(() => silo.ActivationCount == 0, "the idle counter is collected");

        log.Events.ShouldContain("deactivate idle IdleCollection");
        (await counter.GetAsync()).ShouldBe(42);
        log.Events.ShouldContain("activate idle 42");
    }

    [Fact]
    public async Task A_grain_that_keeps_getting_calls_is_not_collected()
    {
        await using var silo = await Silo.StartAsync(configure: o => o.Runtime = r => r.CollectionAge = TimeSpan.FromMinutes(2));
        var counter = silo.Grains.GetGrain<ICounterGrain>("busy");

        for (var minute = 0; minute < 10; minute++)
        {
            await counter.IncrementAsync();
            silo.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        silo.ActivationCount.ShouldBe(1);
    }

    [Fact]
    public async Task Deactivate_on_idle_runs_OnDeactivateAsync_and_the_next_call_gets_a_new_activation()
    {
        var log = new ActivationLog();
        await using var silo = await Silo.StartAsync(log);
        var counter = silo.Grains.GetGrain<ICounterGrain>("d");
        await counter.IncrementAsync();

        await counter.DeactivateAsync();
        await Eventually.HoldsAsync(() => log.Events.Contains("deactivate d Requested"), "the counter deactivates");

        (await counter.IncrementAsync()).ShouldBe(2);
        log.Events.ShouldContain("activate d 1");
    }

    [Fact]
    public async Task Graceful_shutdown_writes_dirty_state()
    {
        var log = new ActivationLog();
        var silo = await Silo.StartAsync(log);
        await silo.Grains.GetGrain<ICounterGrain>("s").SetWithoutWritingAsync(7);

        await silo.RestartAsync();

        log.Events.ShouldContain("deactivate s ShuttingDown");
        (await silo.Grains.GetGrain<ICounterGrain>("s").GetAsync()).ShouldBe(7);
        await silo.DisposeAsync();
    }
}

public interface IUnimplementedGrain : IGrainWithStringKey
{
    Task PingAsync();
}
