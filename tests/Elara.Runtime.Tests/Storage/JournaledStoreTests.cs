using Elara.Runtime.Storage;
using Elara.Runtime.Storage.Journal;
using Shouldly;
using Xunit;

namespace Elara.Runtime.Tests.Storage;

/// <summary>Grain state through the group-commit journal on SQLite: the same contract as every store.</summary>
public sealed class JournaledSqliteStoreTests : StoreConformance
{
    readonly string directory = Path.Combine(Path.GetTempPath(), $"elara-journal-{Guid.NewGuid():N}");

    protected override async Task<StoreUnderTest> OpenStoreAsync()
    {
        var store = await SqliteStore.OpenAsync(Path.Combine(directory, "elara.db"));
        var journal = new JournaledGrainStorage(store.OpenConnectionAsync, SqlDialect.Sqlite, compactionInterval: TimeSpan.FromMilliseconds(50));
        return new StoreUnderTest(journal, store.Reminders, store.OpenConnectionAsync, new Owned(journal, store));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

/// <summary>Grain state through the group-commit journal on PostgreSQL: the same contract, plus group commit itself.</summary>
[Collection(PostgresFixture.Name)]
public sealed class JournaledPostgreSqlStoreTests(PostgresFixture postgres) : StoreConformance
{
    string? connectionString;

    public override async Task InitializeAsync() => connectionString = await postgres.CreateDatabaseAsync();

    protected override async Task<StoreUnderTest> OpenStoreAsync()
    {
        var store = await PostgreSqlStore.OpenAsync(connectionString!);
        var journal = new JournaledGrainStorage(store.OpenConnectionAsync, SqlDialect.PostgreSql, compactionInterval: TimeSpan.FromMilliseconds(50));
        return new StoreUnderTest(journal, store.Reminders, store.OpenConnectionAsync, new Owned(journal, store));
    }

    [Fact]
    public async Task Concurrent_writes_of_many_grains_share_commits_and_each_is_durable_when_acknowledged()
    {
        await using var store = await PostgreSqlStore.OpenAsync(connectionString!);
        var journal = new JournaledGrainStorage(store.OpenConnectionAsync, SqlDialect.PostgreSql, compactionInterval: TimeSpan.FromHours(1));
        var grains = Enumerable.Range(0, 400).Select(i => new GrainId("counter", $"g{i}")).ToArray();

        var eTags = await Task.WhenAll(grains.Select(g => journal.WriteAsync(g, "s", "{\"v\":1}", null)));
        var second = await Task.WhenAll(grains.Select((g, i) => journal.WriteAsync(g, "s", "{\"v\":2}", eTags[i])));

        var (batches, appends) = journal.Counters;
        appends.ShouldBe(800);
        batches.ShouldBeLessThan(800, "writes waiting for a commit go together in the next one");
        await Should.ThrowAsync<InconsistentStateException>(journal.WriteAsync(grains[0], "s", "{\"v\":9}", eTags[0]));

        // Acknowledged means stored: a second reader on its own connection sees every write before compaction.
        var reader = new JournaledGrainStorage(store.OpenConnectionAsync, SqlDialect.PostgreSql, compactionInterval: TimeSpan.FromHours(1));
        foreach (var (grain, i) in grains.Select((g, i) => (g, i)))
        {
            (await reader.ReadAsync(grain, "s"))!.ETag.ShouldBe(second[i]);
        }

        await journal.CompactAsync();
        (await reader.ReadAsync(grains[7], "s"))!.Payload.ShouldBe("{\"v\":2}");
        await Should.ThrowAsync<InconsistentStateException>(journal.WriteAsync(grains[7], "s", "{\"v\":3}", eTags[7]));
        (await journal.WriteAsync(grains[7], "s", "{\"v\":3}", second[7])).ShouldBe("3");
        await journal.DisposeAsync();
        await reader.DisposeAsync();
    }
}

sealed class Owned(IAsyncDisposable first, IAsyncDisposable second) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
    }
}
