namespace Elara.Runtime.Membership;

/// <summary>A membership table in memory, for silos in one process (the test cluster); share one instance between them.</summary>
public sealed class MemoryMembershipTable : IMembershipTable
{
    readonly Lock gate = new();
    readonly Dictionary<string, MembershipEntry> rows = new(StringComparer.Ordinal);
    long version;

    public Task<MembershipTableData> ReadAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(new MembershipTableData(version, rows.Values.OrderBy(r => r.SiloKey, StringComparer.Ordinal).ToArray()));
        }
    }

    public Task<bool> TryWriteAsync(MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (version != expectedVersion)
            {
                return Task.FromResult(false);
            }

            rows[entry.SiloKey] = entry;
            version++;
            return Task.FromResult(true);
        }
    }

    public Task<bool> TryDeleteAsync(IReadOnlyCollection<string> siloKeys, long expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (version != expectedVersion)
            {
                return Task.FromResult(false);
            }

            foreach (var key in siloKeys)
            {
                rows.Remove(key);
            }

            version++;
            return Task.FromResult(true);
        }
    }

    public Task<bool> HeartbeatAsync(string siloKey, long at, string? stats, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!rows.TryGetValue(siloKey, out var row) || row.Status == SiloStatuses.Dead)
            {
                return Task.FromResult(false);
            }

            rows[siloKey] = row with { HeartbeatAt = at, Stats = stats };
            return Task.FromResult(true);
        }
    }
}
