using System.Data.Common;
using Elara.Runtime.Reminders;
using Npgsql;

namespace Elara.Runtime.Storage;

/// <summary>
/// A PostgreSQL database holding grain state and reminders, migrated on open; silos on several machines share it.
/// <code>await using var store = await PostgreSqlStore.OpenAsync("Host=db;Database=elara;Username=elara", ct);</code>
/// </summary>
public sealed class PostgreSqlStore : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgreSqlStore(NpgsqlDataSource dataSource, TimeProvider? clock)
    {
        _dataSource = dataSource;
        GrainStorage = new SqlGrainStorage(OpenConnectionAsync, SqlDialect.PostgreSql, clock);
        Reminders = new SqlReminderTable(OpenConnectionAsync, SqlDialect.PostgreSql);
    }

    public IGrainStorage GrainStorage { get; }

    public IReminderTable Reminders { get; }

    /// <summary>Connects with an Npgsql connection string and migrates the database.</summary>
    public static async Task<PostgreSqlStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var store = new PostgreSqlStore(NpgsqlDataSource.Create(connectionString), clock);
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await SqlMigrations.ApplyAsync(connection, SqlDialect.PostgreSql, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>An open connection from the store's pool, for code that keeps its own tables here (e.g. membership).</summary>
    public async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
