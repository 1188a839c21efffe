using Elara.Runtime.Placement;

namespace Elara.Runtime.Membership;

/// <summary>This silo's place in the cluster and the current view of who is active.</summary>
public interface IClusterMembership
{
    SiloAddress LocalSilo { get; }

    MembershipView View { get; }

    Task JoinAsync(CancellationToken cancellationToken);

    Task LeaveAsync(CancellationToken cancellationToken);
}
