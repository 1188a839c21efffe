using Elara.Runtime.Storage;

namespace Elara.Runtime.Tests.Storage;

/// <summary>The SQLite store on a real file in a fresh temp directory per test.</summary>
public sealed class SqliteStoreTests : SqlStoreConformance
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"elara-sqlite-{Guid.NewGuid():N}");

    protected override SqlDialect Dialect => SqlDialect.Sqlite;

    // A directory that does not exist yet, to check that opening creates it.
    protected override async Task<StoreUnderTest> OpenStoreAsync()
    {
        var store = await SqliteStore.OpenAsync(Path.Combine(_directory, "nested", "elara.db"));
        return new StoreUnderTest(store.GrainStorage, store.Reminders, store.OpenConnectionAsync, store);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
