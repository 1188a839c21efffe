using Elara.Runtime.Storage;
using Elara.Runtime.Storage.Journal;
using Elara.Runtime.Testing;
using Elara.Runtime.Tests.Grains;
using Elara.Runtime.Tests.Storage;
using Shouldly;

namespace Elara.Runtime.Tests.Runtime;

/// <summary>Grains' event logs on every store: state = snapshot + replay, and one writer per position even in a split brain.</summary>
[Collection(PostgresFixture.Name)]
public sealed class EventLogTests(PostgresFixture postgres)
{
    public static TheoryData<string> Providers => ["memory", "sqlite", "postgresql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Entries_after_the_snapshot_are_replayed_when_the_grain_comes_back(string provider)
    {
        var storage = await postgres.StorageAsync(provider);
        var log = new ActivationLog();
        await using var silo = await Silo.StartAsync(log, configure: o => o.Storage = storage);
        var tally = silo.Grains.GetGrain<ITallyGrain>("t");
        await tally.AddAsync(1);
        await tally.AddAsync(2);
        await tally.SnapshotAsync();
        await tally.AddAsync(4);
        await tally.AddAsync(8);

        await silo.RestartAsync();

        (await silo.Grains.GetGrain<ITallyGrain>("t").GetAsync()).ShouldBe(15);
        log.Events.ShouldContain("activate t replayed 2", "the snapshot holds the first two entries; only the last two replay");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Of_two_activations_only_one_can_append_a_position_and_the_loser_is_dropped(string provider)
    {
        var storage = await postgres.StorageAsync(provider);
        var log = new ActivationLog();
        await using var siloA = await Silo.StartAsync(log, configure: o => o.Storage = storage);
        await using var siloB = await Silo.StartAsync(log, configure: o => o.Storage = storage);
        var onA = siloA.Grains.GetGrain<ITallyGrain>("split");
        var onB = siloB.Grains.GetGrain<ITallyGrain>("split");
        (await onA.GetAsync()).ShouldBe(0);
        (await onB.GetAsync()).ShouldBe(0);

        (await onA.AddAsync(5)).ShouldBe(5);
        await Should.ThrowAsync<InconsistentStateException>(onB.AddAsync(7));

        await Eventually.HoldsAsync(() => log.Events.Contains("deactivate split InconsistentState"), "silo B drops its activation");
        (await onB.AddAsync(7)).ShouldBe(12, "B's next activation replays A's entry before appending its own");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_stale_activation_cannot_append_below_entries_a_snapshot_made_the_store_forget(string provider)
    {
        var storage = await postgres.StorageAsync(provider);
        var log = new ActivationLog();
        await using var siloA = await Silo.StartAsync(log, configure: o => o.Storage = storage);
        await using var siloB = await Silo.StartAsync(log, configure: o => o.Storage = storage);
        var stale = siloA.Grains.GetGrain<ITallyGrain>("mark");
        (await stale.GetAsync()).ShouldBe(0);
        var current = siloB.Grains.GetGrain<ITallyGrain>("mark");
        await current.AddAsync(1);
        await current.AddAsync(1);
        await current.AddAsync(1);
        await current.SnapshotAsync();

        await Should.ThrowAsync<InconsistentStateException>(stale.AddAsync(100));

        await siloB.RestartAsync();
        (await siloB.Grains.GetGrain<ITallyGrain>("mark").GetAsync()).ShouldBe(3, "the refused entry was never stored");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Concurrent_appends_of_many_grains_share_commits_and_each_is_readable_when_acknowledged(string provider)
    {
        var (eventLogs, owner) = await SqlEventLogsAsync(provider);
        await using var _ = owner;
        var grains = Enumerable.Range(0, 300).Select(i => new GrainId("tally", $"g{i}")).ToArray();

        await Task.WhenAll(grains.Select(g => eventLogs.AppendAsync(g, "added", 1, "{\"amount\":1}")));
        await Task.WhenAll(grains.Select(g => eventLogs.AppendAsync(g, "added", 2, "{\"amount\":2}")));

        var (batches, entries) = eventLogs.Counters;
        entries.ShouldBe(600);
        batches.ShouldBeLessThan(600, "appends waiting for a commit go together in the next one");
        foreach (var g in grains)
        {
            (await eventLogs.ReadAfterAsync(g, "added", 0)).Select(e => e.Position).ShouldBe([1L, 2L]);
        }

        await Should.ThrowAsync<InconsistentStateException>(eventLogs.AppendAsync(grains[0], "added", 2, "{\"amount\":9}"));
        await eventLogs.ForgetBeforeAsync(grains[0], "added", 2);
        (await eventLogs.ReadAfterAsync(grains[0], "added", 0)).Select(e => e.Position).ShouldBe([2L], "the newest forgotten entry stays as the mark");
    }

    async Task<(SqlEventLogStorage EventLogs, IAsyncDisposable Owner)> SqlEventLogsAsync(string provider)
    {
        if (provider == "sqlite")
        {
            var store = await SqliteStore.OpenAsync(Path.Combine(Path.GetTempPath(), $"elara-{Guid.NewGuid():N}.db"));
            var logs = new SqlEventLogStorage(store.OpenConnectionAsync, SqlDialect.Sqlite);
            return (logs, new Owned(logs, store));
        }

        var postgresStore = await PostgreSqlStore.OpenAsync(await postgres.CreateDatabaseAsync());
        var postgresLogs = new SqlEventLogStorage(postgresStore.OpenConnectionAsync, SqlDialect.PostgreSql);
        return (postgresLogs, new Owned(postgresLogs, postgresStore));
    }
}
