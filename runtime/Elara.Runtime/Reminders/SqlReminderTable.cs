using System.Data.Common;
using System.Globalization;
using Elara.Runtime.Storage;

namespace Elara.Runtime.Reminders;

/// <summary>
/// Reminders in the <c>reminders</c> table, over SQLite or PostgreSQL through plain ADO.NET.
/// Times are stored as unix milliseconds, so anything finer than a millisecond is dropped.
/// </summary>
public sealed class SqlReminderTable(Func<CancellationToken, ValueTask<DbConnection>> openConnection, SqlDialect dialect) : IReminderTable
{
    private const string Columns = "grain_type, grain_key, reminder_name, start_at, period_ms, version";

    public async Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        await using var command = dialect.CreateCommand(connection, $"SELECT {Columns} FROM reminders");
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        await using var command = dialect.CreateCommand(
            connection,
            $"SELECT {Columns} FROM reminders WHERE grain_type = @type AND grain_key = @key AND reminder_name = @name",
            ("@type", grainId.Type), ("@key", grainId.Key), ("@name", name));
        var entries = await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
        return entries.Count == 0 ? null : entries[0];
    }

    public async Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        await using var command = dialect.CreateCommand(
            connection,
            $"""
            INSERT INTO reminders ({Columns})
            VALUES (@type, @key, @name, @startAt, @periodMs, 1)
            ON CONFLICT (grain_type, grain_key, reminder_name) DO UPDATE
            SET start_at = excluded.start_at, period_ms = excluded.period_ms, version = reminders.version + 1
            RETURNING version
            """,
            ("@type", entry.GrainId.Type), ("@key", entry.GrainId.Key), ("@name", entry.Name),
            ("@startAt", entry.StartAt.ToUnixTimeMilliseconds()),
            ("@periodMs", entry.Period.Ticks / TimeSpan.TicksPerMillisecond));
        var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Upserting reminder '{entry.Name}' of {entry.GrainId} returned no version.");
        return Convert.ToInt64(version, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    public async Task<bool> RemoveAsync(GrainId grainId, string name, string eTag, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        await using var command = dialect.CreateCommand(
            connection,
            "DELETE FROM reminders WHERE grain_type = @type AND grain_key = @key AND reminder_name = @name AND version = @version",
            ("@type", grainId.Type), ("@key", grainId.Key), ("@name", name), ("@version", version));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static async Task<IReadOnlyList<ReminderEntry>> ReadEntriesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry(
                new GrainId(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                TimeSpan.FromMilliseconds(reader.GetInt64(4)),
                reader.GetInt64(5).ToString(CultureInfo.InvariantCulture)));
        }

        return entries;
    }
}
