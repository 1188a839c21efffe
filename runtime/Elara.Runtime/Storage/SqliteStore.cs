using System.Data.Common;
using Elara.Runtime.Reminders;
using Microsoft.Data.Sqlite;

namespace Elara.Runtime.Storage;

/// <summary>
/// A single-file SQLite database holding grain state and reminders, migrated on open.
/// <code>await using var store = await SqliteStore.OpenAsync("data/elara.db", ct);</code>
/// </summary>
public sealed class SqliteStore : IAsyncDisposable
{
    // Long enough to ride out another process's migration or a burst of writers; SQLite lets one writer in at a time.
    private const int BusyTimeoutMilliseconds = 30_000;

    private static readonly Lazy<bool> SqliteInitialized = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    private SqliteStore(string connectionString, TimeProvider? clock)
    {
        ConnectionString = connectionString;
        GrainStorage = new SqlGrainStorage(OpenConnectionAsync, SqlDialect.Sqlite, clock);
        Reminders = new SqlReminderTable(OpenConnectionAsync, SqlDialect.Sqlite);
    }

    public string ConnectionString { get; }

    public IGrainStorage GrainStorage { get; }

    public IReminderTable Reminders { get; }

    /// <summary>Opens (creating it and its directory if needed) the database at <paramref name="path"/> and migrates it.</summary>
    public static async Task<SqliteStore> OpenAsync(string path, CancellationToken cancellationToken = default, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _ = SqliteInitialized.Value;

        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();

        var store = new SqliteStore(connectionString, clock);
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // WAL lets readers run beside the writer and is remembered by the file, so setting it once here is enough.
        await using (var wal = SqlDialect.Sqlite.CreateCommand(connection, "PRAGMA journal_mode = WAL"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await SqlMigrations.ApplyAsync(connection, SqlDialect.Sqlite, cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <summary>An open connection to this database, for code that keeps its own tables here (e.g. membership).</summary>
    public async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Per connection: wait for another writer's lock instead of failing at once with SQLITE_BUSY.
            await using var busy = SqlDialect.Sqlite.CreateCommand(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
            await busy.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes the pooled connections, so the file is no longer held open.</summary>
    public ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
