using Elara.Runtime.Membership;
using Elara.Runtime.Storage;
using Elara.Runtime.Testing.Cluster;
using Elara.Runtime.Testing.Silos;
using Elara.Runtime.Tests.Grains;
using Elara.Runtime.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Elara.Runtime.Tests.Cluster;

/// <summary>The membership table's contract on every provider, and a cluster whose membership lives in SQL.</summary>
[Collection(PostgresFixture.Name)]
public sealed class MembershipTableTests(PostgresFixture postgres)
{
    public static TheoryData<string> Providers => ["memory", "sqlite", "postgresql"];

    static MembershipEntry Row(string key, string status = SiloStatuses.Active, long heartbeat = 1) =>
        new(key, "silo-" + key, "127.0.0.1", 1000, 1001, 7, status, heartbeat, 1, null);

    async Task<(IMembershipTable Table, IAsyncDisposable? Store)> TableFor(string provider, string clusterId = "c1")
    {
        switch (provider)
        {
            case "memory":
                return (new MemoryMembershipTable(), null);
            case "sqlite":
                var sqlite = await SqliteStore.OpenAsync(Path.Combine(Path.GetTempPath(), $"elara-{Guid.NewGuid():N}.db"));
                return (new SqlMembershipTable(sqlite.OpenConnectionAsync, SqlDialect.Sqlite, clusterId), sqlite);
            default:
                var pg = await PostgreSqlStore.OpenAsync(await postgres.CreateDatabaseAsync());
                return (new SqlMembershipTable(pg.OpenConnectionAsync, SqlDialect.PostgreSql, clusterId), pg);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_change_bumps_the_version_and_a_stale_version_is_refused(string provider)
    {
        var (table, store) = await TableFor(provider);
        await using var _ = store;

        var empty = await table.ReadAsync();
        empty.Version.ShouldBe(0);
        empty.Entries.ShouldBeEmpty();
        (await table.TryWriteAsync(Row("a", SiloStatuses.Joining), 0)).ShouldBeTrue();
        (await table.TryWriteAsync(Row("b", SiloStatuses.Joining), 0)).ShouldBeFalse("the version moved on to 1");
        (await table.TryWriteAsync(Row("a"), 1)).ShouldBeTrue();

        var data = await table.ReadAsync();
        data.Version.ShouldBe(2);
        data.Entries.ShouldHaveSingleItem().ShouldBe(Row("a"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Heartbeats_leave_the_version_alone_and_fail_for_a_dead_silo(string provider)
    {
        var (table, store) = await TableFor(provider);
        await using var _ = store;
        await table.TryWriteAsync(Row("a"), 0);

        (await table.HeartbeatAsync("a", 99, """{"messagesPerSecond":3}""")).ShouldBeTrue();
        var data = await table.ReadAsync();
        data.Version.ShouldBe(1);
        data.Entries[0].HeartbeatAt.ShouldBe(99);
        data.Entries[0].Stats.ShouldBe("""{"messagesPerSecond":3}""");

        (await table.TryWriteAsync(data.Entries[0] with { Status = SiloStatuses.Dead }, 1)).ShouldBeTrue();
        (await table.HeartbeatAsync("a", 100, null)).ShouldBeFalse("a silo declared dead must stop");
        (await table.HeartbeatAsync("nobody", 100, null)).ShouldBeFalse();

        (await table.TryDeleteAsync(["a"], 2)).ShouldBeTrue();
        var after = await table.ReadAsync();
        after.Version.ShouldBe(3);
        after.Entries.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Of_two_concurrent_changes_at_one_version_exactly_one_wins(string provider)
    {
        var (table, store) = await TableFor(provider);
        await using var _ = store;
        await table.TryWriteAsync(Row("a"), 0);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => table.TryWriteAsync(Row($"x{i}"), 1))));

        results.Count(r => r).ShouldBe(1);
        (await table.ReadAsync()).Version.ShouldBe(2);
    }

    [Fact]
    public async Task Clusters_with_different_ids_share_a_database_without_seeing_each_other()
    {
        var connection = await postgres.CreateDatabaseAsync();
        await using var store = await PostgreSqlStore.OpenAsync(connection);
        var one = new SqlMembershipTable(store.OpenConnectionAsync, SqlDialect.PostgreSql, "one");
        var two = new SqlMembershipTable(store.OpenConnectionAsync, SqlDialect.PostgreSql, "two");

        await one.TryWriteAsync(Row("a"), 0);

        (await two.ReadAsync()).Entries.ShouldBeEmpty();
        (await one.ReadAsync()).Entries.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_cluster_on_postgresql_keeps_membership_and_state_there_and_detects_a_dead_silo()
    {
        var connection = await postgres.CreateDatabaseAsync();
        await using var store = await PostgreSqlStore.OpenAsync(connection);
        await using var cluster = await TestCluster.StartAsync(3, options =>
        {
            options.GrainAssemblies.Add(typeof(CounterGrain).Assembly);
            options.Storage = TestStorage.PostgreSql(connection);
            options.MembershipTable = new SqlMembershipTable(store.OpenConnectionAsync, SqlDialect.PostgreSql, "pg-cluster");
            options.Services = services => services.AddSingleton(new ActivationLog()).AddSingleton(new Gates());
        });
        var keys = Enumerable.Range(0, 30).Select(i => $"pg-{i}").ToArray();
        foreach (var key in keys)
        {
            (await cluster.Client.GetGrain<ICounterGrain>(key).IncrementAsync()).ShouldBe(1);
        }

        await cluster.Silos[1].KillAsync();
        await cluster.WaitForViewAsync(2);

        foreach (var key in keys)
        {
            (await cluster.Client.GetGrain<ICounterGrain>(key).IncrementAsync()).ShouldBe(2);
        }

        var rows = (await new SqlMembershipTable(store.OpenConnectionAsync, SqlDialect.PostgreSql, "pg-cluster").ReadAsync()).Entries;
        rows.Count(r => r.Status == SiloStatuses.Active).ShouldBe(2);
        rows.Count(r => r.Status == SiloStatuses.Dead).ShouldBe(1);
    }
}
