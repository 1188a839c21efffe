using Elara.Runtime.Testing;
using Elara.Runtime.Tests.Grains;
using Elara.Runtime.Tests.Storage;
using Shouldly;

namespace Elara.Runtime.Tests.Runtime;

/// <summary>Two silos on one store both activate the same grain (a split brain): the store's ETag check must catch it.</summary>
[Collection(PostgresFixture.Name)]
public sealed class StateConflictTests(PostgresFixture postgres)
{
    public static TheoryData<string> Providers => ["memory", "sqlite", "postgresql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_stale_etag_write_is_refused_and_the_losing_activation_is_dropped(string provider)
    {
        var storage = await postgres.StorageAsync(provider);
        var log = new ActivationLog();
        await using var siloA = await Silo.StartAsync(log, configure: o => o.Storage = storage);
        await using var siloB = await Silo.StartAsync(log, configure: o => o.Storage = storage);
        var onA = siloA.Grains.GetGrain<ICounterGrain>("split");
        var onB = siloB.Grains.GetGrain<ICounterGrain>("split");
        (await onA.GetAsync()).ShouldBe(0);
        (await onB.GetAsync()).ShouldBe(0);

        (await onA.IncrementAsync()).ShouldBe(1);
        await Should.ThrowAsync<InconsistentStateException>(onB.IncrementAsync());

        await Eventually.HoldsAsync(() => log.Events.Contains("deactivate split InconsistentState"), "silo B drops its activation");
        (await onB.IncrementAsync()).ShouldBe(2);
        log.Count("activate split 1").ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task State_written_before_a_restart_is_read_after_it(string provider)
    {
        var storage = await postgres.StorageAsync(provider);
        await using var silo = await Silo.StartAsync(configure: o => o.Storage = storage);
        await silo.Grains.GetGrain<ICounterGrain>("kept").IncrementAsync();
        await silo.Grains.GetGrain<ICounterGrain>("kept").IncrementAsync();

        await silo.RestartAsync();

        (await silo.Grains.GetGrain<ICounterGrain>("kept").GetAsync()).ShouldBe(2);
    }
}
