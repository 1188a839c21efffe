namespace Elara.Grains.Recommenders;

/// <summary>One product's row of a co-occurrence matrix: how often it occurred, and with which partners (by index) how often.</summary>
sealed class ItemRow
{
    public double Occurrences { get; set; }

    public Dictionary<int, PartnerTally> Partners { get; } = [];

    /// <summary>Adds to a partner's tally; past <paramref name="maxPartners"/> the weakest quarter is dropped (amortised).</summary>
    public void Add(int partner, double weight, int times, int maxPartners)
    {
        if (!Partners.TryGetValue(partner, out var tally))
        {
            Partners[partner] = tally = new PartnerTally();
        }

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
