using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Elara.Runtime.Storage.Journal;

/// <summary>
/// Grains' event logs in <c>grain_events</c>, appended with group commit: the appends that arrive while a commit is in
/// flight share the next INSERT, and each caller hears back once its entry is durable. An entry goes in only if its
/// grain's log has nothing at its position or later, so of two activations of one grain only one can append; after a
/// snapshot, <see cref="ForgetBeforeAsync"/> keeps the newest forgotten entry's row as the mark a stale writer hits.
/// </summary>
public sealed partial class SqlEventLogStorage : IEventLogStorage, IAsyncDisposable
{
    const string Key = "grain_type = @type AND grain_key = @key AND log_name = @name";
    readonly Func<CancellationToken, ValueTask<DbConnection>> openConnection;
    readonly SqlDialect dialect;
    readonly TimeProvider clock;
    readonly ILogger logger;
    readonly GroupCommit<PendingEntry> writer;

    public SqlEventLogStorage(
        Func<CancellationToken, ValueTask<DbConnection>> openConnection, SqlDialect dialect, TimeProvider? clock = null, ILogger? logger = null, int maxBatch = 500)
    {
        this.openConnection = openConnection;
        this.dialect = dialect;
        this.clock = clock ?? TimeProvider.System;
        this.logger = logger ?? NullLogger.Instance;
        writer = new GroupCommit<PendingEntry>(InsertAsync, LogAppendFailed, maxBatch);
    }

    /// <summary>Commits so far, and the entries they carried.</summary>
    public (long Batches, long Entries) Counters => writer.Counters;

    public async Task<IReadOnlyList<LoggedEntry>> ReadAfterAsync(GrainId grainId, string logName, long position, CancellationToken cancellationToken = default)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        await using var command = dialect.CreateCommand(
            connection,
            $"SELECT position, payload FROM grain_events WHERE {Key} AND position > @after ORDER BY position",
            ("@type", grainId.Type), ("@key", grainId.Key), ("@name", logName), ("@after", position));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<LoggedEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new LoggedEntry(reader.GetInt64(0), reader.GetString(1)));
        }

        return entries;
    }

    public async Task AppendAsync(GrainId grainId, string logName, long position, string payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (!await writer.WriteAsync(new PendingEntry(grainId, logName, position, payload), nameof(SqlEventLogStorage)).ConfigureAwait(false))
        {
            throw EventLogConflict.At(grainId, logName, position, await LastPositionAsync(grainId, logName, cancellationToken).ConfigureAwait(false));
        }
    }

    public async Task ForgetBeforeAsync(GrainId grainId, string logName, long position, CancellationToken cancellationToken = default)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        await using var command = dialect.CreateCommand(
            connection,
            $"DELETE FROM grain_events WHERE {Key} AND position < @position",
            ("@type", grainId.Type), ("@key", grainId.Key), ("@name", logName), ("@position", position));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await writer.CloseAsync().ConfigureAwait(false);

    async Task<long?> LastPositionAsync(GrainId grainId, string logName, CancellationToken cancellationToken)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        await using var command = dialect.CreateCommand(
            connection, $"SELECT MAX(position) FROM grain_events WHERE {Key}", ("@type", grainId.Type), ("@key", grainId.Key), ("@name", logName));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long last ? last : null;
    }

    /// <summary>One INSERT for the whole batch; per entry, whether it went in.</summary>
    async Task<IReadOnlyList<bool>> InsertAsync(IReadOnlyList<PendingEntry> entries)
    {
        // Two activations appending the same position in one batch: the first is sent, the other is refused.
        var seen = new HashSet<(string, string, string, long)>();
        var first = entries.Select(e => seen.Add(e.Key)).ToList();
        var batch = entries.Where((_, i) => first[i]).ToList();
        await using var connection = await openConnection(CancellationToken.None).ConfigureAwait(false);
        await using var command = dialect == SqlDialect.PostgreSql ? UnnestInsert(connection, batch) : ValuesInsert(connection, batch);
        var inserted = new HashSet<(string, string, string, long)>();
        await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                inserted.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
            }
        }

        return [.. entries.Select((e, i) => first[i] && inserted.Contains(e.Key))];
    }

    /// <summary>PostgreSQL: one statement text whatever the batch size (arrays as parameters), so the server plans it once.</summary>
    DbCommand UnnestInsert(DbConnection connection, List<PendingEntry> batch) =>
        dialect.CreateCommand(
            connection,
            $"""
            INSERT INTO grain_events (grain_type, grain_key, log_name, position, payload, written_at)
            SELECT v.t, v.k, v.n, v.p, v.payload, @at
            FROM unnest(@t::text[], @k::text[], @n::text[], @p::bigint[], @payload::text[]) AS v(t, k, n, p, payload)
            WHERE {NothingAtOrAfter}
            ON CONFLICT DO NOTHING
            RETURNING grain_type, grain_key, log_name, position
            """,
            ("@t", batch.Select(e => e.GrainId.Type).ToArray()),
            ("@k", batch.Select(e => e.GrainId.Key).ToArray()),
            ("@n", batch.Select(e => e.LogName).ToArray()),
            ("@p", batch.Select(e => e.Position).ToArray()),
            ("@payload", batch.Select(e => e.Payload).ToArray()),
            ("@at", clock.GetUtcNow().ToUnixTimeMilliseconds()));

    /// <summary>SQLite has no arrays: the batch is a VALUES list.</summary>
    DbCommand ValuesInsert(DbConnection connection, List<PendingEntry> batch)
    {
        var command = dialect.CreateCommand(connection, "", ("@at", clock.GetUtcNow().ToUnixTimeMilliseconds()));
        var values = new StringBuilder();
        for (var i = 0; i < batch.Count; i++)
        {
            values.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@t{i}, @k{i}, @n{i}, @p{i}, @payload{i})");
            SqlDialect.Bind(command, $"@t{i}", batch[i].GrainId.Type);
            SqlDialect.Bind(command, $"@k{i}", batch[i].GrainId.Key);
            SqlDialect.Bind(command, $"@n{i}", batch[i].LogName);
            SqlDialect.Bind(command, $"@p{i}", batch[i].Position);
            SqlDialect.Bind(command, $"@payload{i}", batch[i].Payload);
        }

        command.CommandText =
            $"""
            WITH v(t, k, n, p, payload) AS (VALUES {values})
            INSERT INTO grain_events (grain_type, grain_key, log_name, position, payload, written_at)
            SELECT v.t, v.k, v.n, v.p, v.payload, @at FROM v
            WHERE {NothingAtOrAfter}
            ON CONFLICT DO NOTHING
            RETURNING grain_type, grain_key, log_name, position
            """;
        return command;
    }

    const string NothingAtOrAfter =
        "NOT EXISTS (SELECT 1 FROM grain_events e WHERE e.grain_type = v.t AND e.grain_key = v.k AND e.log_name = v.n AND e.position >= v.p)";

    [LoggerMessage(Level = LogLevel.Error, Message = "Event log append of {Count} entries failed")]
    partial void LogAppendFailed(Exception exception, int count);

    sealed record PendingEntry(GrainId GrainId, string LogName, long Position, string Payload)
    {
        public (string, string, string, long) Key => (GrainId.Type, GrainId.Key, LogName, Position);
    }
}
