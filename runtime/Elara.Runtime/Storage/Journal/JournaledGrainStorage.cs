using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Elara.Runtime.Storage.Journal;

/// <summary>
/// Grain state through a per-silo write journal with group commit. A write is appended to <c>grain_journal</c> as the
/// next version; writes that arrive while a commit is in flight wait for the next one and go together in one INSERT
/// (one transaction, one WAL flush), so the caller is answered only once its state is durable, and many grains' writes
/// cost one round trip. Version checks stay exact: a row is appended only if neither table has its version or a later
/// one, so a stale ETag is refused as before. A background pass folds the latest journal version of each grain into
/// <c>grain_state</c> (the snapshot) and deletes what it folded; a read takes the highest version of either table.
/// </summary>
public sealed partial class JournaledGrainStorage : IGrainStorage, IAsyncDisposable
{
    const string Key = "grain_type = @type AND grain_key = @key AND state_name = @name";
    readonly Func<CancellationToken, ValueTask<DbConnection>> openConnection;
    readonly SqlDialect dialect;
    readonly TimeProvider clock;
    readonly ILogger logger;
    readonly GroupCommit<PendingAppend> writer;
    readonly CancellationTokenSource stopping = new();
    readonly Task compactor;

    public JournaledGrainStorage(
        Func<CancellationToken, ValueTask<DbConnection>> openConnection,
        SqlDialect dialect,
        TimeProvider? clock = null,
        ILogger? logger = null,
        int maxBatch = 500,
        TimeSpan? compactionInterval = null)
    {
        this.openConnection = openConnection;
        this.dialect = dialect;
        this.clock = clock ?? TimeProvider.System;
        this.logger = logger ?? NullLogger.Instance;
        CompactionInterval = compactionInterval ?? TimeSpan.FromSeconds(2);
        writer = new GroupCommit<PendingAppend>(AppendAsync, LogAppendFailed, maxBatch);
        compactor = Task.Run(CompactLoopAsync);
    }

    public int MaxBatch => writer.MaxBatch;

    public TimeSpan CompactionInterval { get; }

    /// <summary>Commits so far, and the writes they carried (writes per commit is the group-commit factor).</summary>
    public (long Batches, long Appends) Counters => writer.Counters;

    public async Task<StoredState?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken = default)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        var latest = await LatestAsync(connection, grainId, stateName, cancellationToken).ConfigureAwait(false);
        return latest is { Payload: { } payload } ? new StoredState(payload, ToETag(latest.Value.Version)) : null;
    }

    public async Task<string> WriteAsync(GrainId grainId, string stateName, string payload, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        long version;
        if (expectedETag is null)
        {
            // A first write (or one after a clear): the next version after whatever cleared row there is.
            await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
            var latest = await LatestAsync(connection, grainId, stateName, cancellationToken).ConfigureAwait(false);
            if (latest is { Payload: not null })
            {
                throw Refused(grainId, stateName, expectedETag, ToETag(latest.Value.Version), "write");
            }

            version = (latest?.Version ?? 0) + 1;
        }
        else if (!TryParseETag(expectedETag, out var expected))
        {
            throw await RefusedAsync(grainId, stateName, expectedETag, "write", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            version = expected + 1;
        }

        if (!await writer.WriteAsync(new PendingAppend(grainId, stateName, version, payload, expectedETag is null), nameof(JournaledGrainStorage)).ConfigureAwait(false))
        {
            throw await RefusedAsync(grainId, stateName, expectedETag, "write", cancellationToken).ConfigureAwait(false);
        }

        return ToETag(version);
    }

    public async Task ClearAsync(GrainId grainId, string stateName, string? expectedETag, CancellationToken cancellationToken = default)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        var latest = await LatestAsync(connection, grainId, stateName, cancellationToken).ConfigureAwait(false);
        if (expectedETag is null)
        {
            if (latest is { Payload: not null })
            {
                throw Refused(grainId, stateName, expectedETag, ToETag(latest.Value.Version), "clear");
            }

            return;
        }

        if (!TryParseETag(expectedETag, out var expected))
        {
            throw Refused(grainId, stateName, expectedETag, latest is { Payload: not null } ? ToETag(latest.Value.Version) : null, "clear");
        }

        if (!await writer.WriteAsync(new PendingAppend(grainId, stateName, expected + 1, null, Fresh: false), nameof(JournaledGrainStorage)).ConfigureAwait(false))
        {
            throw await RefusedAsync(grainId, stateName, expectedETag, "clear", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Folds every grain's latest journal version into grain_state and deletes the folded journal rows.</summary>
    public async Task CompactAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (var fold = dialect.CreateCommand(
            connection,
            """
            INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version, updated_at)
            SELECT j.grain_type, j.grain_key, j.state_name, j.payload, j.version, j.written_at FROM grain_journal j
            WHERE j.version = (SELECT MAX(m.version) FROM grain_journal m
                               WHERE m.grain_type = j.grain_type AND m.grain_key = j.grain_key AND m.state_name = j.state_name)
            ON CONFLICT (grain_type, grain_key, state_name) DO UPDATE
            SET payload = excluded.payload, version = excluded.version, updated_at = excluded.updated_at
            WHERE grain_state.version < excluded.version
            """))
        {
            fold.Transaction = transaction;
            await fold.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var delete = dialect.CreateCommand(
            connection,
            """
            DELETE FROM grain_journal WHERE EXISTS (
                SELECT 1 FROM grain_state s
                WHERE s.grain_type = grain_journal.grain_type AND s.grain_key = grain_journal.grain_key
                  AND s.state_name = grain_journal.state_name AND s.version >= grain_journal.version)
            """))
        {
            delete.Transaction = transaction;
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await writer.CloseAsync().ConfigureAwait(false);
        await stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await compactor.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        try
        {
            await CompactAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogCompactionFailed(exception);
        }
    }

    async Task<(string? Payload, long Version)?> LatestAsync(DbConnection connection, GrainId grainId, string stateName, CancellationToken cancellationToken)
    {
        await using var command = dialect.CreateCommand(
            connection,
            $"""
            SELECT payload, version FROM (
                SELECT payload, version FROM grain_journal WHERE {Key}
                UNION ALL
                SELECT payload, version FROM grain_state WHERE {Key}
            ) latest ORDER BY version DESC LIMIT 1
            """,
            ("@type", grainId.Type), ("@key", grainId.Key), ("@name", stateName));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? (reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1))
            : null;
    }

    /// <summary>One INSERT for the whole batch; per write, whether its version was appended.</summary>
    async Task<IReadOnlyList<bool>> AppendAsync(IReadOnlyList<PendingAppend> writes)
    {
        // Two writes of the same version (two activations of one grain) cannot both win: only the first is sent.
        var seen = new HashSet<(string, string, string, long)>();
        var first = writes.Select(p => seen.Add(p.Key)).ToList();
        var batch = writes.Where((_, i) => first[i]).ToList();
        await using var connection = await openConnection(CancellationToken.None).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var values = new StringBuilder();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        for (var i = 0; i < batch.Count; i++)
        {
            var p = batch[i];
            values.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@t{i}, @k{i}, @n{i}, @v{i}, @p{i}, @a{i}, @f{i})");
            SqlDialect.Bind(command, $"@t{i}", p.GrainId.Type);
            SqlDialect.Bind(command, $"@k{i}", p.GrainId.Key);
            SqlDialect.Bind(command, $"@n{i}", p.StateName);
            SqlDialect.Bind(command, $"@v{i}", p.Version);
            SqlDialect.Bind(command, $"@p{i}", (object?)p.Payload ?? DBNull.Value);
            SqlDialect.Bind(command, $"@a{i}", now);
            SqlDialect.Bind(command, $"@f{i}", p.Fresh ? 1L : 0L);
        }

        command.CommandText =
            $"""
            WITH v(t, k, n, ver, payload, at, fresh) AS (VALUES {values})
            INSERT INTO grain_journal (grain_type, grain_key, state_name, version, payload, written_at)
            SELECT t, k, n, ver, payload, at FROM v
            WHERE NOT EXISTS (SELECT 1 FROM grain_journal j WHERE j.grain_type = v.t AND j.grain_key = v.k AND j.state_name = v.n AND j.version >= v.ver)
              AND NOT EXISTS (SELECT 1 FROM grain_state s WHERE s.grain_type = v.t AND s.grain_key = v.k AND s.state_name = v.n AND s.version >= v.ver)
              AND (v.fresh = 1
                   OR EXISTS (SELECT 1 FROM grain_journal j WHERE j.grain_type = v.t AND j.grain_key = v.k AND j.state_name = v.n AND j.version = v.ver - 1 AND j.payload IS NOT NULL)
                   OR EXISTS (SELECT 1 FROM grain_state s WHERE s.grain_type = v.t AND s.grain_key = v.k AND s.state_name = v.n AND s.version = v.ver - 1 AND s.payload IS NOT NULL))
            ON CONFLICT DO NOTHING
            RETURNING grain_type, grain_key, state_name, version
            """;
        var accepted = new HashSet<(string, string, string, long)>();
        await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                accepted.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
            }
        }

        // A duplicate is refused even when its twin won: the twin's caller holds the new version, this one does not.
        return [.. writes.Select((p, i) => first[i] && accepted.Contains(p.Key))];
    }

    async Task CompactLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            await Task.Delay(CompactionInterval, clock, stopping.Token).ConfigureAwait(false);
            try
            {
                await CompactAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogCompactionFailed(exception);
            }
        }
    }

    async Task<InconsistentStateException> RefusedAsync(GrainId grainId, string stateName, string? expected, string action, CancellationToken cancellationToken)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        var latest = await LatestAsync(connection, grainId, stateName, cancellationToken).ConfigureAwait(false);
        return Refused(grainId, stateName, expected, latest is { Payload: not null } ? ToETag(latest.Value.Version) : null, action);
    }

    static InconsistentStateException Refused(GrainId grainId, string stateName, string? expected, string? stored, string action) =>
        new($"Cannot {action} state '{stateName}' of {grainId}: expected ETag {expected ?? "(none)"} but the store has {stored ?? "a newer version"}.",
            storedETag: stored,
            currentETag: expected);

    static string ToETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    static bool TryParseETag(string eTag, out long version) =>
        long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Journal append of {Count} writes failed")]
    partial void LogAppendFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal compaction failed")]
    partial void LogCompactionFailed(Exception exception);

    /// <summary>One state write. <paramref name="Fresh"/>: written with no ETag, so the previous version, if any, must be a cleared one.</summary>
    sealed record PendingAppend(GrainId GrainId, string StateName, long Version, string? Payload, bool Fresh)
    {
        public (string, string, string, long) Key => (GrainId.Type, GrainId.Key, StateName, Version);
    }
}
