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
        var store = new PostgreSqlStore(NpgsqlDataSource.Create(Tuned(connectionString)), clock);
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

    /// <summary>
    /// Elara's statements are few and run thousands of times a second (event-log appends, state writes), so unless the
    /// connection string says otherwise they are prepared on each pooled connection (parsed and planned once, not per
    /// call). Elara sets no session state, so a connection going back to the pool is not reset (a reset is seven more
    /// statements for the server on its next use).
    /// </summary>
    internal static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }

        builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>An open connection from the store's pool, for code that keeps its own tables here (e.g. membership).</summary>
    public async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
