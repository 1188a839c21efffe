using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Elara.Runtime.Storage;

/// <summary>
/// The few ways SQLite and PostgreSQL differ for Elara. The table SQL itself is portable (TEXT, BIGINT,
/// ON CONFLICT, RETURNING, <c>@name</c> parameters), so what is left is how a migration run keeps other processes
/// out while it works, and the one place commands are built should a provider ever need typed parameters.
/// </summary>
public sealed class SqlDialect
{
    // Any fixed number works, as long as every Elara process uses the same one ("ElaraMig" in ASCII, high bit clear).
    private const long MigrationLockKey = 0x456C_6172_614D_6967;

    private readonly Func<DbConnection, CancellationToken, Task<DbTransaction>> _beginMigration;

    private SqlDialect(string name, Func<DbConnection, CancellationToken, Task<DbTransaction>> beginMigration)
    {
        Name = name;
        _beginMigration = beginMigration;
    }

    public static SqlDialect Sqlite { get; } = new("SQLite", BeginSqliteMigrationAsync);

    public static SqlDialect PostgreSql { get; } = new("PostgreSQL", BeginPostgreSqlMigrationAsync);

    public string Name { get; }

    public override string ToString() => Name;

    /// <summary>Starts a transaction that no other migration run can enter until it ends.</summary>
    internal Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken) =>
        _beginMigration(connection, cancellationToken);

    /// <summary>A transaction that writes: SQLite takes its write lock up front (BEGIN IMMEDIATE), PostgreSQL locks rows as it goes.</summary>
    internal async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: false)
            : await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>A command on <paramref name="connection"/> with <c>@name</c> parameters bound by value.</summary>
    internal DbCommand CreateCommand(DbConnection connection, string sql, params ReadOnlySpan<(string Name, object Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            Bind(command, name, value);
        }

        return command;
    }

    /// <summary>Adds the <c>@name</c> parameter to <paramref name="command"/>.</summary>
    internal static void Bind(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static Task<DbTransaction> BeginSqliteMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection is not SqliteConnection sqlite)
        {
            throw new ArgumentException($"The SQLite dialect needs a SqliteConnection, not {connection.GetType().Name}.", nameof(connection));
        }

        cancellationToken.ThrowIfCancellationRequested();

        // BEGIN IMMEDIATE takes the database's write lock up front, so a second process waits (busy timeout)
        // instead of reading schema_migrations before the first one has committed.
        return Task.FromResult<DbTransaction>(sqlite.BeginTransaction(deferred: false));
    }

    private static async Task<DbTransaction> BeginPostgreSqlMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Held until commit or rollback; concurrent CREATE TABLE IF NOT EXISTS can otherwise fail on PostgreSQL.
            await using var command = PostgreSql.CreateCommand(connection, "SELECT pg_advisory_xact_lock(@key)", ("@key", MigrationLockKey));
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
