using System.Data.Common;
using System.Globalization;

namespace Elara.Runtime.Storage;

/// <summary>
/// Applies the versioned SQL files from deploy/sql (embedded as <c>Elara.Sql.NNNN_name.sql</c>) in version order.
/// Each applied file is recorded in <c>schema_migrations</c>, so running again only applies what is new.
/// </summary>
public static class SqlMigrations
{
    private const string ResourcePrefix = "Elara.Sql.";

    private static readonly Lazy<IReadOnlyList<Migration>> EmbeddedMigrations = new(LoadEmbedded);

    /// <summary>Versions of every migration this build carries, lowest first.</summary>
    public static IReadOnlyList<long> KnownVersions => EmbeddedMigrations.Value.Select(m => m.Version).ToArray();

    /// <summary>
    /// Brings the database up to date and returns the versions this call applied (empty when it already was).
    /// All of it happens in one transaction under the dialect's migration lock, so processes that start at once
    /// wait for each other and a failed file leaves the schema as it was.
    /// </summary>
    public static async Task<IReadOnlyList<long>> ApplyAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dialect);

        await using var transaction = await dialect.BeginMigrationAsync(connection, cancellationToken).ConfigureAwait(false);

        await ExecuteAsync(
            dialect.CreateCommand(
                connection,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"),
            transaction,
            cancellationToken).ConfigureAwait(false);

        var applied = await ReadAppliedAsync(connection, dialect, transaction, cancellationToken).ConfigureAwait(false);
        var newlyApplied = new List<long>();
        foreach (var migration in EmbeddedMigrations.Value.Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(dialect.CreateCommand(connection, migration.Sql), transaction, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(
                dialect.CreateCommand(
                    connection,
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @appliedAt)",
                    ("@version", migration.Version),
                    ("@name", migration.Name),
                    ("@appliedAt", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds())),
                transaction,
                cancellationToken).ConfigureAwait(false);
            newlyApplied.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return newlyApplied;
    }

    private static async Task<HashSet<long>> ReadAppliedAsync(
        DbConnection connection, SqlDialect dialect, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = dialect.CreateCommand(connection, "SELECT version FROM schema_migrations");
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var versions = new HashSet<long>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetInt64(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(DbCommand command, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static IReadOnlyList<Migration> LoadEmbedded()
    {
        var assembly = typeof(SqlMigrations).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            // "Elara.Sql.0001_grain_state.sql" -> version 1, name "grain_state".
            var fileName = Path.GetFileNameWithoutExtension(resource[ResourcePrefix.Length..]);
            var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0
                || !long.TryParse(fileName.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration '{resource}' is not named NNNN_description.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Migration '{resource}' could not be read.");
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(version, fileName[(underscore + 1)..], reader.ReadToEnd()));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        }

        return migrations.OrderBy(m => m.Version).ToArray();
    }

    private sealed record Migration(long Version, string Name, string Sql);
}
