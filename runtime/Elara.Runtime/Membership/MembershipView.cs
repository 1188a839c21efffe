using Elara.Runtime.Placement;

namespace Elara.Runtime.Membership;

/// <summary>The silos that may host grains, as of one version of the membership table.</summary>
public sealed record MembershipView(long Version, IReadOnlyList<SiloAddress> ActiveSilos);
