using Elara.Runtime.Membership;

namespace Elara.Runtime.Placement;

/// <summary>Chooses a grain's home silo. Every silo and client must compute the same answer from the same view.</summary>
public interface IPlacementDirector
{
    SiloAddress PlaceGrain(GrainId grainId, MembershipView view);
}
