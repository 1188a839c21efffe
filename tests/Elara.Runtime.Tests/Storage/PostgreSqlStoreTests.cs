using Elara.Runtime.Storage;
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
}
