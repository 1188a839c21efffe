using Elara.Runtime.Storage;
using Npgsql;
using Shouldly;
using Xunit;

namespace Elara.Runtime.Tests.Storage;

/// <summary>The PostgreSQL store on a real server, with a fresh database per test.</summary>
[Collection(PostgresFixture.Name)]
public sealed class PostgreSqlStoreTests(PostgresFixture postgres) : SqlStoreConformance
{
    private string? _connectionString;

    protected override SqlDialect Dialect => SqlDialect.PostgreSql;

    public override async Task InitializeAsync() => _connectionString = await postgres.CreateDatabaseAsync();

    protected override async Task<StoreUnderTest> OpenStoreAsync()
    {
        var store = await PostgreSqlStore.OpenAsync(_connectionString!);
        return new StoreUnderTest(store.GrainStorage, store.Reminders, store.OpenConnectionAsync, store);
    }

    [Fact]
    public void Statements_are_prepared_and_connections_not_reset_unless_the_connection_string_says_otherwise()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlStore.Tuned("Host=db;Database=elara"));
        tuned.MaxAutoPrepare.ShouldBe(64);
        tuned.NoResetOnClose.ShouldBeTrue();
        new NpgsqlConnectionStringBuilder(PostgreSqlStore.Tuned("Host=db;Database=elara;Max Auto Prepare=5")).MaxAutoPrepare.ShouldBe(5);
    }

    [Fact]
    public async Task A_statement_run_again_and_again_is_prepared_on_its_connection()
    {
        await using var store = await PostgreSqlStore.OpenAsync(_connectionString!);
        var grain = new GrainId("cart", "prepared");
        string? eTag = null;
        for (var i = 0; i < 10; i++)
        {
            eTag = await store.GrainStorage.WriteAsync(grain, "state", $$"""{"lines":{{i}}}""", eTag);
        }

        // Used one at a time, the pool hands back the one connection the writes ran on.
        await using var connection = await store.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_prepared_statements WHERE statement ILIKE '%grain_state%'";
        ((long)(await command.ExecuteScalarAsync())!).ShouldBeGreaterThan(0);
    }
}
