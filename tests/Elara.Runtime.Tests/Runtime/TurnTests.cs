using Elara.Runtime.Testing;
using Elara.Runtime.Tests.Grains;
using Shouldly;

namespace Elara.Runtime.Tests.Runtime;

public sealed class TurnTests
{
    [Fact]
    public async Task Calls_from_one_caller_run_in_order_one_at_a_time()
    {
        await using var silo = await Silo.StartAsync();
        var grain = silo.Grains.GetGrain<ITurnGrain>("order");

        var calls = Enumerable.Range(0, 100).Select(grain.AppendAsync).ToArray();
        var results = await Task.WhenAll(calls);

        results[^1].ShouldBe(Enumerable.Range(0, 100));
        (await grain.MaxConcurrencyAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_second_call_waits_until_the_first_turn_finishes()
    {
        var gates = new Gates();
        await using var silo = await Silo.StartAsync(gates: gates);
        var grain = silo.Grains.GetGrain<ITurnGrain>("wait");

        var first = grain.EnterAsync("first");
        await gates.WhenEntered("first");
        var second = grain.EnterAsync("second");
        gates.Open("second");
        await Task.Delay(50);

        gates.HasEntered("second").ShouldBeFalse();
        second.IsCompleted.ShouldBeFalse();
        gates.Open("first");
        (await first).ShouldBe(1);
        (await second).ShouldBe(1);
    }

    [Fact]
    public async Task A_reentrant_grain_interleaves_calls_at_awaits()
    {
        var gates = new Gates();
        await using var silo = await Silo.StartAsync(gates: gates);
        var grain = silo.Grains.GetGrain<IReentrantTurnGrain>("r");

        var first = grain.EnterAsync("first");
        await gates.WhenEntered("first");
        var second = grain.EnterAsync("second");
        await gates.WhenEntered("second");

        gates.Open("second");
        (await second).ShouldBe(2);
        first.IsCompleted.ShouldBeFalse();
        gates.Open("first");
        (await first).ShouldBe(2);
    }

    [Fact]
    public async Task Read_only_calls_run_together_but_not_beside_a_writer()
    {
        var gates = new Gates();
        await using var silo = await Silo.StartAsync(gates: gates);
        var grain = silo.Grains.GetGrain<ITurnGrain>("ro");

        var readA = grain.PeekAsync("a");
        var readB = grain.PeekAsync("b");
        await gates.WhenEntered("a");
        await gates.WhenEntered("b");
        var write = grain.EnterAsync("w");
        await Task.Delay(50);
        gates.HasEntered("w").ShouldBeFalse();

        gates.Open("a");
        gates.Open("b");
        gates.Open("w");
        (await readA).ShouldBe(2);
        (await readB).ShouldBe(2);
        await write;
    }

    [Fact]
    public async Task An_always_interleave_method_runs_while_a_turn_is_waiting()
    {
        var gates = new Gates();
        await using var silo = await Silo.StartAsync(gates: gates);
        var grain = silo.Grains.GetGrain<ITurnGrain>("i");

        var blocked = grain.EnterAsync("long");
        await gates.WhenEntered("long");

        (await grain.InterleaveAsync()).ShouldBe(1);
        gates.Open("long");
        await blocked;
    }

    [Fact]
    public async Task A_call_that_gets_no_answer_times_out_with_a_clear_error()
    {
        await using var silo = await Silo.StartAsync(configure: o => o.Runtime = r => r.ResponseTimeout = TimeSpan.FromSeconds(30));
        var call = silo.Grains.GetGrain<ITurnGrain>("slow").NeverAnswersAsync();

        silo.Clock.Advance(TimeSpan.FromSeconds(29));
        call.IsCompleted.ShouldBeFalse();
        silo.Clock.Advance(TimeSpan.FromSeconds(2));

        var error = await Should.ThrowAsync<TimeoutException>(call);
        error.Message.ShouldBe("ITurnGrain.NeverAnswersAsync on grain turn/slow did not respond within 00:00:30.");
        await StopPastTheDeactivationTimeout(silo);
    }

    [Fact]
    public async Task Shutdown_gives_up_on_a_turn_that_never_ends_after_the_deactivation_timeout()
    {
        await using var silo = await Silo.StartAsync(configure: o => o.Runtime = r => r.DeactivationTimeout = TimeSpan.FromSeconds(10));
        _ = silo.Grains.GetGrain<ITurnGrain>("stuck").NeverAnswersAsync();
        await Eventually.HoldsAsync(() => silo.ActivationCount == 1, "the stuck grain is active");

        await StopPastTheDeactivationTimeout(silo);
    }

    static async Task StopPastTheDeactivationTimeout(Testing.Silos.TestSilo silo)
    {
        var stopping = silo.StopAsync();
        await Eventually.HoldsAsync(
            () =>
            {
                silo.Clock.Advance(TimeSpan.FromSeconds(31));
                return stopping.IsCompleted;
            },
            "the silo stops although a turn never ends");
        await stopping;
    }

    [Fact]
    public async Task A_call_cycle_through_a_non_reentrant_grain_fails_fast_instead_of_hanging()
    {
        await using var silo = await Silo.StartAsync();
        var a = silo.Grains.GetGrain<ICycleGrain>("a");

        var error = await Should.ThrowAsync<DeadlockException>(a.RelayAsync(["b", "a"]).WaitAsync(TimeSpan.FromSeconds(5)));

        error.Message.ShouldContain("cycle/a -> cycle/b -> cycle/a");
    }

    [Fact]
    public async Task A_call_cycle_through_a_reentrant_grain_completes()
    {
        await using var silo = await Silo.StartAsync();
        var a = silo.Grains.GetGrain<IReentrantCycleGrain>("a");

        (await a.RelayAsync(["b", "a", "c"])).ShouldBe("c");
    }

    [Fact]
    public async Task A_self_call_in_a_non_reentrant_grain_is_a_cycle()
    {
        await using var silo = await Silo.StartAsync();

        await Should.ThrowAsync<DeadlockException>(silo.Grains.GetGrain<ICycleGrain>("self").RelayAsync(["self"]));
    }
}
