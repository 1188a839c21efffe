using System.Text.Json;
using Elara.Runtime.Hosting;
using Elara.Runtime.Membership;

namespace Elara.Runtime.Cluster;

/// <summary>
/// The overview in a cluster, from the membership table: each silo's row with the stats it published with its last
/// heartbeat; this silo's own figures are live.
/// </summary>
internal sealed class ClusterOverview(IClusterMembership membership, SiloMetrics metrics, SiloStatus status) : IClusterOverview
{
    static readonly JsonSerializerOptions StatsJson = new(JsonSerializerDefaults.Web);

    public Task<ClusterSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var cluster = (ClusterMembershipBase)membership;
        var table = cluster.Table;
        var localKey = membership.IsClient ? null : membership.LocalSilo.ToString();
        var silos = table.Entries.Select(entry =>
        {
            if (entry.SiloKey == localKey)
            {
                return new SiloSnapshot(entry.Name, $"{entry.Host}:{entry.Port}", status.HasStopped ? SiloStatuses.ShuttingDown : entry.Status,
                    metrics.ActivationsByType(), metrics.MessagesPerSecond(), SiloGc.Now());
            }

            var stats = Parse(entry.Stats);
            return new SiloSnapshot(entry.Name, $"{entry.Host}:{entry.Port}", entry.Status,
                entry.Status == SiloStatuses.Dead ? new Dictionary<string, int>() : stats?.Activations ?? new Dictionary<string, int>(),
                entry.Status == SiloStatuses.Dead ? 0 : stats?.MessagesPerSecond ?? 0,
                entry.Status == SiloStatuses.Dead ? null : stats?.Gc);
        }).ToArray();
        return Task.FromResult(new ClusterSnapshot(table.Version, silos));
    }

    static SiloStats? Parse(string? stats)
    {
        if (stats is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SiloStats>(stats, StatsJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
