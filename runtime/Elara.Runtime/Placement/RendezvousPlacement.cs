using Elara.Runtime.Membership;

namespace Elara.Runtime.Placement;

/// <summary>
/// Rendezvous (highest random weight) hashing: each silo scores the grain id, the best score is home. When a silo joins
/// or leaves, only the grains it wins or held move.
/// </summary>
public sealed class RendezvousPlacement : IPlacementDirector
{
    public SiloAddress PlaceGrain(GrainId grainId, MembershipView view)
    {
        if (view.ActiveSilos.Count == 0)
        {
            throw new InvalidOperationException($"No active silo can host grain {grainId}.");
        }

        var grainHash = StableHash.Continue(StableHash.Of(grainId.Type), grainId.Key);
        SiloAddress? best = null;
        var bestScore = 0UL;
        foreach (var silo in view.ActiveSilos)
        {
            var score = Mix(grainHash ^ StableHash.Of(silo.ToString()));
            if (best is null || score > bestScore)
            {
                (best, bestScore) = (silo, score);
            }
        }

        return best!;
    }

    // A final avalanche so that close inputs give unrelated scores (splitmix64's finaliser).
    static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9UL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebUL;
        return value ^ (value >> 31);
    }
}
