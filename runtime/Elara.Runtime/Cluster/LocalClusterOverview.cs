using Elara.Runtime.Hosting;
using Elara.Runtime.Membership;

namespace Elara.Runtime.Cluster;

/// <summary>The overview of a silo that runs alone: itself, active while it runs.</summary>
internal sealed class LocalClusterOverview(IClusterMembership membership, SiloMetrics metrics, SiloStatus status) : IClusterOverview
{
    public Task<ClusterSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var local = membership.LocalSilo;
        var silo = new SiloSnapshot(
            status.SiloName,
            $"{local.Host}:{local.Port}",
            status.IsRunning ? "active" : status.HasStopped ? "shutting_down" : "joining",
            metrics.ActivationsByType(),
            metrics.MessagesPerSecond(),
            SiloGc.Now());
        return Task.FromResult(new ClusterSnapshot(membership.View.Version, [silo]));
    }
}
