using Elara.Runtime.Placement;

namespace Elara.Runtime.Membership;

/// <summary>A cluster of one: the local silo is the only active silo, always.</summary>
public sealed class SingleSiloMembership(TimeProvider clock) : IClusterMembership
{
    public SiloAddress LocalSilo { get; } = new("127.0.0.1", 0, clock.GetUtcNow().ToUnixTimeMilliseconds());

    public MembershipView View => field ??= new MembershipView(1, [LocalSilo]);

    public Task JoinAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LeaveAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
