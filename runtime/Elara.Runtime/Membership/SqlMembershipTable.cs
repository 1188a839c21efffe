using System.Data.Common;
using Elara.Runtime.Storage;

namespace Elara.Runtime.Membership;

/// <summary>
/// The membership table in SQLite or PostgreSQL (tables from deploy/sql/0003_membership.sql). A change is one
/// transaction: a compare-and-set of the version row, then the row itself; the version row's lock serialises writers.
/// </summary>
public sealed class SqlMembershipTable(Func<CancellationToken, ValueTask<DbConnection>> openConnection, SqlDialect dialect, string clusterId)
    : IMembershipTable
{
    const string Columns = "silo_key, name, host, port, gateway_port, generation, status, heartbeat_at, started_at, stats";

    public string ClusterId { get; } = clusterId;

    public async Task<MembershipTableData> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        await using var command = dialect.CreateCommand(
            connection,
            $"""
            SELECT v.version, m.silo_key, m.name, m.host, m.port, m.gateway_port, m.generation, m.status, m.heartbeat_at, m.started_at, m.stats
            FROM membership_version v LEFT JOIN membership m ON m.cluster_id = v.cluster_id
            WHERE v.cluster_id = @cluster
            ORDER BY m.silo_key
            """,
            ("@cluster", ClusterId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        long version = 0;
        var entries = new List<MembershipEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            version = reader.GetInt64(0);
            if (reader.IsDBNull(1))
            {
                continue;
            }

            entries.Add(new MembershipEntry(
                reader.GetString(1), reader.GetString(2), reader.GetString(3), Convert.ToInt32(reader.GetValue(4)), Convert.ToInt32(reader.GetValue(5)),
                reader.GetInt64(6), reader.GetString(7), reader.GetInt64(8), reader.GetInt64(9), reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return new MembershipTableData(version, entries);
    }

    public Task<bool> TryWriteAsync(MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(expectedVersion, (connection, transaction) =>
        {
            var upsert = dialect.CreateCommand(
                connection,
                $"""
                INSERT INTO membership (cluster_id, {Columns})
                VALUES (@cluster, @key, @name, @host, @port, @gateway, @generation, @status, @heartbeat, @started, @stats)
                ON CONFLICT (cluster_id, silo_key) DO UPDATE SET
                    name = excluded.name, host = excluded.host, port = excluded.port, gateway_port = excluded.gateway_port,
                    generation = excluded.generation, status = excluded.status, heartbeat_at = excluded.heartbeat_at,
                    started_at = excluded.started_at, stats = excluded.stats
                """,
                ("@cluster", ClusterId), ("@key", entry.SiloKey), ("@name", entry.Name), ("@host", entry.Host), ("@port", entry.Port),
                ("@gateway", entry.GatewayPort), ("@generation", entry.Generation), ("@status", entry.Status),
                ("@heartbeat", entry.HeartbeatAt), ("@started", entry.StartedAt), ("@stats", (object?)entry.Stats ?? DBNull.Value));
            upsert.Transaction = transaction;
            return [upsert];
        }, cancellationToken);

    public Task<bool> TryDeleteAsync(IReadOnlyCollection<string> siloKeys, long expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(expectedVersion, (connection, transaction) => siloKeys.Select(key =>
        {
            var delete = dialect.CreateCommand(connection, "DELETE FROM membership WHERE cluster_id = @cluster AND silo_key = @key", ("@cluster", ClusterId), ("@key", key));
            delete.Transaction = transaction;
            return delete;
        }).ToArray(), cancellationToken);

    public async Task<bool> HeartbeatAsync(string siloKey, long at, string? stats, CancellationToken cancellationToken = default)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        await using var command = dialect.CreateCommand(
            connection,
            "UPDATE membership SET heartbeat_at = @at, stats = @stats WHERE cluster_id = @cluster AND silo_key = @key AND status <> 'dead'",
            ("@at", at), ("@stats", (object?)stats ?? DBNull.Value), ("@cluster", ClusterId), ("@key", siloKey));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    async Task<bool> ChangeAsync(long expectedVersion, Func<DbConnection, DbTransaction, DbCommand[]> commands, CancellationToken cancellationToken)
    {
        await using var connection = await openConnection(cancellationToken).ConfigureAwait(false);
        await using (var seed = dialect.CreateCommand(
            connection,
            "INSERT INTO membership_version (cluster_id, version) VALUES (@cluster, 0) ON CONFLICT (cluster_id) DO NOTHING",
            ("@cluster", ClusterId)))
        {
            await seed.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (var bump = dialect.CreateCommand(
            connection,
            "UPDATE membership_version SET version = version + 1 WHERE cluster_id = @cluster AND version = @expected",
            ("@cluster", ClusterId), ("@expected", expectedVersion)))
        {
            bump.Transaction = transaction;
            if (await bump.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return false;
            }
        }

        foreach (var command in commands(connection, transaction))
        {
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
