using System.Runtime.InteropServices;

namespace Elara.Grains.Recommenders;

/// <summary>
/// One product's row of a co-occurrence matrix: how often it occurred, with which partners (by index) how often, and
/// the list of its most similar partners that ranking reads (kept by <see cref="ItemGraph"/>, rebuilt when stale).
/// </summary>
sealed class ItemRow
{
    volatile NeighbourList? neighbours;

    public double Occurrences { get; private set; }

    /// <summary>Counts every change to the row, so a neighbour list knows how much it has aged.</summary>
    public long Version { get; private set; }

    public Dictionary<int, PartnerTally> Partners { get; } = [];

    /// <summary>The last neighbour list picked; readers of the graph may replace it at once, so it is one reference.</summary>
    public NeighbourList? Neighbours
    {
        get => neighbours;
        set => neighbours = value;
    }

    public void Occur(double weight)
    {
        Occurrences += weight;
        Version++;
    }

    /// <summary>Adds to a partner's tally; past <paramref name="maxPartners"/> the weakest quarter is dropped (amortised).</summary>
    public void Add(int partner, double weight, int times, int maxPartners)
    {
        Version++;
        ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(Partners, partner, out _);
        tally.Weight += weight;
        tally.Times += times;
        if (Partners.Count <= maxPartners)
        {
            return;
        }

        foreach (var weak in Partners.OrderBy(p => p.Value.Weight).ThenBy(p => p.Key).Take(maxPartners / 4).Select(p => p.Key).ToList())
        {
            Partners.Remove(weak);
        }
    }
}
