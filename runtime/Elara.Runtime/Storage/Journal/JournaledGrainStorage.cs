using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
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
    readonly Channel<PendingAppend> queue = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    readonly CancellationTokenSource stopping = new();
    readonly Task writer;
    readonly Task compactor;
    long batches;
    long appends;

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
        MaxBatch = maxBatch;
        CompactionInterval = compactionInterval ?? TimeSpan.FromSeconds(2);
        writer = Task.Run(WriteLoopAsync);
        compactor = Task.Run(CompactLoopAsync);
    }

    public int MaxBatch { get; }

    public TimeSpan CompactionInterval { get; }

    /// <summary>Commits so far, and the writes they carried (writes per commit is the group-commit factor).</summary>
    public (long Batches, long Appends) Counters => (Interlocked.Read(ref batches), Interlocked.Read(ref appends));

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

        var pending = new PendingAppend(grainId, stateName, version, payload, fresh: expectedETag is null);
        if (!queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(JournaledGrainStorage), "The journal is closed.");
        }

        if (!await pending.Done.Task.ConfigureAwait(false))
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

        var pending = new PendingAppend(grainId, stateName, expected + 1, null, fresh: false);
        if (!queue.Writer.TryWrite(pending) || !await pending.Done.Task.ConfigureAwait(false))
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
        queue.Writer.TryComplete();
        await writer.ConfigureAwait(false);
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

    async Task WriteLoopAsync()
    {
        var reader = queue.Reader;
        var batch = new List<PendingAppend>(MaxBatch);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                // Two writes of the same version (two activations of one grain) cannot both win: only the first is sent.
                var seen = new HashSet<(string, string, string, long)>();
                var unique = new List<PendingAppend>(batch.Count);
                foreach (var pending in batch)
                {
                    if (seen.Add((pending.GrainId.Type, pending.GrainId.Key, pending.StateName, pending.Version)))
                    {
                        unique.Add(pending);
                    }
                    else
                    {
                        pending.Done.TrySetResult(false);
                    }
                }

                var accepted = await AppendAsync(unique).ConfigureAwait(false);
                foreach (var pending in unique)
                {
                    pending.Done.TrySetResult(accepted.Contains((pending.GrainId.Type, pending.GrainId.Key, pending.StateName, pending.Version)));
                }

                Interlocked.Increment(ref batches);
                Interlocked.Add(ref appends, batch.Count);
            }
            catch (Exception exception)
            {
                LogAppendFailed(exception, batch.Count);
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(exception);
                }
            }

            batch.Clear();
        }
    }

    async Task<HashSet<(string, string, string, long)>> AppendAsync(List<PendingAppend> batch)
    {
        await using var connection = await openConnection(CancellationToken.None).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var values = new StringBuilder();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        for (var i = 0; i < batch.Count; i++)
        {
            var p = batch[i];
            values.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@t{i}, @k{i}, @n{i}, @v{i}, @p{i}, @a{i}, @f{i})");
            Add(command, $"@t{i}", p.GrainId.Type);
            Add(command, $"@k{i}", p.GrainId.Key);
            Add(command, $"@n{i}", p.StateName);
            Add(command, $"@v{i}", p.Version);
            Add(command, $"@p{i}", (object?)p.Payload ?? DBNull.Value);
            Add(command, $"@a{i}", now);
            Add(command, $"@f{i}", p.Fresh ? 1L : 0L);
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
        await using var reader = await command.ExecuteReaderAsync(CancellationToken.None).ConfigureAwait(false);
        while (await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            accepted.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return accepted;
    }

    static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
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

    sealed class PendingAppend(GrainId grainId, string stateName, long version, string? payload, bool fresh)
    {
        /// <summary>Written with no ETag: the previous version, if any, must be a cleared one (otherwise it must hold state).</summary>
        public bool Fresh { get; } = fresh;

        public GrainId GrainId { get; } = grainId;

        public string StateName { get; } = stateName;

        public long Version { get; } = version;

        public string? Payload { get; } = payload;

        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
