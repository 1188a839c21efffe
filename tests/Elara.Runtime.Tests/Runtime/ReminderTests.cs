using Elara.Runtime.Testing;
using Elara.Runtime.Testing.Silos;
using Elara.Runtime.Tests.Grains;
using Shouldly;

namespace Elara.Runtime.Tests.Runtime;

public sealed class ReminderTests
{
    public static TheoryData<string> DurableStores => ["memory", "sqlite"];

    [Theory]
    [MemberData(nameof(DurableStores))]
    public async Task A_reminder_registered_before_a_restart_fires_after_it(string store)
    {
        var log = new ActivationLog();
        var storage = store == "memory" ? TestStorage.Memory() : TestStorage.Sqlite(Path.Combine(Path.GetTempPath(), $"elara-{Guid.NewGuid():N}.db"));
        await using var silo = await Silo.StartAsync(log, configure: o => o.Storage = storage);
        await silo.Grains.GetGrain<IReminderGrain>("r").RemindMeAsync("nudge", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10));

        await silo.RestartAsync();
        silo.ActivationCount.ShouldBe(0);
        silo.Clock.Advance(TimeSpan.FromMinutes(1));

        await Eventually.HoldsAsync(() => log.Events.Contains("tick r nudge 12:01"), "the reminder fires on the restarted silo");
    }

    [Fact]
    public async Task A_reminder_ticks_every_period_until_it_is_unregistered()
    {
        var log = new ActivationLog();
        await using var silo = await Silo.StartAsync(log);
        var grain = silo.Grains.GetGrain<IReminderGrain>("p");
        await grain.RemindMeAsync("report", TimeSpan.Zero, TimeSpan.FromMinutes(5));
        await Eventually.HoldsAsync(() => log.Events.Contains("tick p report 12:00"), "the first tick");

        silo.Clock.Advance(TimeSpan.FromMinutes(5));
        await Eventually.HoldsAsync(() => log.Events.Contains("tick p report 12:05"), "the second tick");
        await grain.ForgetAsync("report");
        silo.Clock.Advance(TimeSpan.FromMinutes(30));
        await Task.Delay(50);

        log.Events.Count(e => e.StartsWith("tick p", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task A_reminder_due_while_its_grain_is_busy_ticks_after_that_turn_instead_of_failing_as_a_cycle()
    {
        var log = new ActivationLog();
        var gates = new Gates();
        await using var silo = await Silo.StartAsync(log, gates);

        var busy = silo.Grains.GetGrain<IReminderGrain>("busy").RemindMeWhileBusyAsync("now", "hold");
        await Task.Delay(100);
        gates.Open("hold");
        await busy;

        await Eventually.HoldsAsync(() => log.Events.Contains("tick busy now 12:00"), "the tick runs once the turn that registered it ends");
    }

    [Fact]
    public async Task A_grain_that_is_not_remindable_cannot_register_a_reminder()
    {
        await using var silo = await Silo.StartAsync();

        await Should.ThrowAsync<ArgumentOutOfRangeException>(
            silo.Grains.GetGrain<IReminderGrain>("bad").RemindMeAsync("x", TimeSpan.Zero, TimeSpan.Zero));
    }
}
