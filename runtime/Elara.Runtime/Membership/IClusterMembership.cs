using Elara.Runtime.Placement;

namespace Elara.Runtime.Membership;

/// <summary>This silo's place in the cluster and the current view of who is active.</summary>
public interface IClusterMembership
{
    SiloAddress LocalSilo { get; }

    MembershipView View { get; }

    /// <summary>True for a cluster client: it hosts no grains and sends every call to a silo.</summary>
    bool IsClient => false;

    Task JoinAsync(CancellationToken cancellationToken);

    /// <summary>Announces that the silo is leaving (before its grains are deactivated), so others stop sending it calls.</summary>
    Task ShutDownAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task LeaveAsync(CancellationToken cancellationToken);
}
