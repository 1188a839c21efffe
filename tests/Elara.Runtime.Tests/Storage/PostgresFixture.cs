using Elara.Runtime.Testing.Silos;
using Elara.Runtime.Testing.PostgreSql;
using Xunit;

namespace Elara.Runtime.Tests.Storage;

/// <summary>
/// One PostgreSQL server for every test class in the "postgres" collection; each test makes its own database.
/// The class is its own collection definition, so the fixture and the collection live in one place.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresFixture : IAsyncLifetime, ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";

    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL fixture has not started.");

    public Task<string> CreateDatabaseAsync() => Server.CreateDatabaseAsync();

    /// <summary>A fresh store of the named provider ("memory", "sqlite" or "postgresql") for test silos.</summary>
    public async Task<TestStorage> StorageAsync(string provider) => provider switch
    {
        "memory" => TestStorage.Memory(),
        "sqlite" => TestStorage.Sqlite(Path.Combine(Path.GetTempPath(), $"elara-{Guid.NewGuid():N}.db")),
        _ => TestStorage.PostgreSql(await CreateDatabaseAsync()),
    };

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
