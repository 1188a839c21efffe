using System.Data.Common;
using System.Globalization;

namespace Elara.Runtime.Storage;

/// <summary>
/// Grain state in the <c>grain_state</c> table, over any ADO.NET provider whose SQL is portable enough
/// (SQLite and PostgreSQL). Every change is one statement guarded by the version column, so two activations
/// racing on the same ETag cannot both win, whichever database sits underneath.
/// </summary>
/// <remarks>
/// A clear keeps the row with a NULL payload and a bumped version rather than deleting it, so versions never
/// restart at 1 and an ETag read before a clear cannot overwrite a state written after it.
/// </remarks>
public sealed class SqlGrainStorage(
    Func<CancellationToken, ValueTask<DbConnection>> openConnection,
    SqlDialect dialect,
    TimeProvider? clock = null) : IGrainStorage
{
    private const string Key = "grain_type = @type AND grain_key = @key AND state_name = @name";

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<StoredState?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken = default)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        await using var command = dialect.CreateCommand(
            connection,
            $"SELECT payload, version FROM grain_state WHERE {Key} AND payload IS NOT NULL",
            ("@type", grainId.Type), ("@key", grainId.Key), ("@name", stateName));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredState(reader.GetString(0), ToETag(reader.GetInt64(1)))
            : null;
    }

    public async Task<string> WriteAsync(GrainId grainId, string stateName, string payload, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();

        if (expectedETag is null)
        {
            // A new row, or a cleared one (NULL payload) taken over with the next version; a live row is left alone.
            await using var insert = dialect.CreateCommand(
                connection,
                """
                INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version, updated_at)
                VALUES (@type, @key, @name, @payload, 1, @now)
                ON CONFLICT (grain_type, grain_key, state_name) DO UPDATE
                SET payload = excluded.payload, version = grain_state.version + 1, updated_at = excluded.updated_at
                WHERE grain_state.payload IS NULL
                RETURNING version
                """,
                ("@type", grainId.Type), ("@key", grainId.Key), ("@name", stateName), ("@payload", payload), ("@now", now));
            var version = await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return version is null or DBNull
                ? throw await RefusedAsync(connection, grainId, stateName, expectedETag, "write", cancellationToken).ConfigureAwait(false)
                : ToETag(Convert.ToInt64(version, CultureInfo.InvariantCulture));
        }

        if (!TryParseETag(expectedETag, out var expected))
        {
            throw await RefusedAsync(connection, grainId, stateName, expectedETag, "write", cancellationToken).ConfigureAwait(false);
        }

        await using var update = dialect.CreateCommand(
            connection,
            $"UPDATE grain_state SET payload = @payload, version = @next, updated_at = @now WHERE {Key} AND version = @expected AND payload IS NOT NULL",
            ("@type", grainId.Type), ("@key", grainId.Key), ("@name", stateName),
            ("@payload", payload), ("@next", expected + 1), ("@now", now), ("@expected", expected));
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1
            ? ToETag(expected + 1)
            : throw await RefusedAsync(connection, grainId, stateName, expectedETag, "write", cancellationToken).ConfigureAwait(false);
    }

    public async Task ClearAsync(GrainId grainId, string stateName, string? expectedETag, CancellationToken cancellationToken = default)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);

        if (expectedETag is null)
        {
            // Clearing what the caller believes is absent: fine as long as it really is.
            if (await ReadETagAsync(connection, grainId, stateName, cancellationToken).ConfigureAwait(false) is not null)
            {
                throw await RefusedAsync(connection, grainId, stateName, expectedETag, "clear", cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (!TryParseETag(expectedETag, out var expected))
        {
            throw await RefusedAsync(connection, grainId, stateName, expectedETag, "clear", cancellationToken).ConfigureAwait(false);
        }

        await using var clear = dialect.CreateCommand(
            connection,
            $"UPDATE grain_state SET payload = NULL, version = @next, updated_at = @now WHERE {Key} AND version = @expected AND payload IS NOT NULL",
            ("@type", grainId.Type), ("@key", grainId.Key), ("@name", stateName),
            ("@next", expected + 1), ("@now", _clock.GetUtcNow().ToUnixTimeMilliseconds()), ("@expected", expected));
        if (await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw await RefusedAsync(connection, grainId, stateName, expectedETag, "clear", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string?> ReadETagAsync(DbConnection connection, GrainId grainId, string stateName, CancellationToken cancellationToken)
    {
        await using var command = dialect.CreateCommand(
            connection,
            $"SELECT version FROM grain_state WHERE {Key} AND payload IS NOT NULL",
            ("@type", grainId.Type), ("@key", grainId.Key), ("@name", stateName));
        var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return version is null or DBNull ? null : ToETag(Convert.ToInt64(version, CultureInfo.InvariantCulture));
    }

    // The refusal itself was atomic; the ETag read here is only to tell the caller what it lost to.
    private async Task<InconsistentStateException> RefusedAsync(
        DbConnection connection, GrainId grainId, string stateName, string? expectedETag, string action, CancellationToken cancellationToken)
    {
        var stored = await ReadETagAsync(connection, grainId, stateName, cancellationToken).ConfigureAwait(false);
        return new InconsistentStateException(
            $"Cannot {action} state '{stateName}' of {grainId}: expected ETag {expectedETag ?? "(none)"} but the store has {stored ?? "(none)"}.",
            storedETag: stored,
            currentETag: expectedETag);
    }

    private static string ToETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static bool TryParseETag(string eTag, out long version) =>
        long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out version);
}
