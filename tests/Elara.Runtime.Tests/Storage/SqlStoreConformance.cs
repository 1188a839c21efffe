using Elara.Runtime.Storage;
using Shouldly;
using Xunit;

namespace Elara.Runtime.Tests.Storage;

/// <summary>What the SQL stores add to the common contract: their schema comes from migrations applied exactly once.</summary>
public abstract class SqlStoreConformance : StoreConformance
{
    protected abstract SqlDialect Dialect { get; }

    [Fact]
    public void The_build_carries_the_grain_state_and_reminder_migrations()
    {
        SqlMigrations.KnownVersions.ShouldContain(1);
        SqlMigrations.KnownVersions.ShouldContain(2);
        SqlMigrations.KnownVersions.ShouldBe(SqlMigrations.KnownVersions.Order().ToArray());
    }

    [Fact]
    public async Task Migrating_a_migrated_database_again_applies_nothing()
    {
        var store = await OpenAsync();
        await using var connection = await store.OpenConnection!(CancellationToken.None);

        (await SqlMigrations.ApplyAsync(connection, Dialect)).ShouldBeEmpty();

        (await AppliedVersionsAsync(store)).ShouldBe(SqlMigrations.KnownVersions);
    }

    [Fact]
    public async Task Stores_opened_at_once_on_an_empty_database_migrate_it_once()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(OpenAsync)));

        (await AppliedVersionsAsync(stores[0])).ShouldBe(SqlMigrations.KnownVersions);
        var eTag = await stores[0].GrainStorage.WriteAsync(new GrainId("cart", "shopper-1"), "cart", "{}", null);
        (await stores[^1].GrainStorage.ReadAsync(new GrainId("cart", "shopper-1"), "cart"))!.ETag.ShouldBe(eTag);
    }

    private static async Task<long[]> AppliedVersionsAsync(StoreUnderTest store)
    {
        await using var connection = await store.OpenConnection!(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations ORDER BY version";
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<long>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt64(0));
        }

        return [.. versions];
    }
}
