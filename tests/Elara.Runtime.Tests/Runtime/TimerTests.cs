using Elara.Runtime.Testing;
using Elara.Runtime.Tests.Grains;
using Shouldly;

namespace Elara.Runtime.Tests.Runtime;

public sealed class TimerTests
{
    [Fact]
    public async Task A_grain_timer_ticks_each_period_as_a_turn_and_stops_when_disposed()
    {
        await using var silo = await Silo.StartAsync();
        var grain = silo.Grains.GetGrain<ITimerGrain>("t");
        await grain.StartAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        for (var expected = 1; expected <= 3; expected++)
        {
            silo.Clock.Advance(TimeSpan.FromSeconds(1));
            var ticks = expected;
            await Eventually.HoldsAsync(() => grain.TicksAsync().Result == ticks, $"tick {ticks}");
        }

        await grain.StopAsync();
        silo.Clock.Advance(TimeSpan.FromSeconds(10));
        (await grain.TicksAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task Timer_ticks_do_not_keep_an_idle_grain_alive()
    {
        await using var silo = await Silo.StartAsync(configure: o => o.Runtime = r =>
        {
            r.CollectionAge = TimeSpan.FromMinutes(2);
            r.CollectionQuantum = TimeSpan.FromMinutes(1);
        });
        await silo.Grains.GetGrain<ITimerGrain>("quiet").StartAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));

        for (var i = 0; i < 8; i++)
        {
            silo.Clock.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(5);
        }

        await Eventually.HoldsAsync(() => silo.ActivationCount == 0, "the grain is collected although its timer ticks");
    }
}
