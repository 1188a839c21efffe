using System.Runtime.InteropServices;

namespace Elara.Grains.Search;

/// <summary>
/// Related terms learned from the catalog: two name stems are related when they nearly always appear together
/// (e.g. "fairy" and "light"), measured by the Dice coefficient over the names that hold them.
/// A query with one gains the other as a light expansion, lifting the products that have both.
/// </summary>
public sealed class CatalogSynonyms
{
    const int MinimumTogether = 3;
    const double MinimumDice = 0.6;
    const int PerTerm = 3;

    readonly Dictionary<string, string[]> _related;

    /// <param name="names">Each product's name stems.</param>
    public CatalogSynonyms(IEnumerable<string[]> names)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var stems = new List<string>();
        var frequency = new List<int>();
        var together = new Dictionary<long, int>();
        var distinct = new List<int>();
        foreach (var name in names)
        {
            distinct.Clear();
            foreach (var stem in name)
            {
                if (!ids.TryGetValue(stem, out var id))
                {
                    ids[stem] = id = stems.Count;
                    stems.Add(stem);
                    frequency.Add(0);
                }

                if (!distinct.Contains(id))
                {
                    distinct.Add(id);
                    frequency[id]++;
                }
            }

            // Long names would add many weak pairs; the first words say what the product is.
            var count = Math.Min(distinct.Count, 8);
            for (var i = 0; i < count; i++)
            {
                for (var j = i + 1; j < count; j++)
                {
                    var (a, b) = distinct[i] < distinct[j] ? (distinct[i], distinct[j]) : (distinct[j], distinct[i]);
                    CollectionsMarshal.GetValueRefOrAddDefault(together, ((long)a << 32) | (uint)b, out _)++;
                }
            }
        }

        var related = new Dictionary<string, List<(string Stem, double Dice)>>(StringComparer.Ordinal);
        foreach (var (pair, count) in together)
        {
            var (a, b) = ((int)(pair >> 32), (int)(pair & 0xFFFFFFFF));
            var dice = 2.0 * count / (frequency[a] + frequency[b]);
            if (count >= MinimumTogether && dice >= MinimumDice)
            {
                Relate(related, stems[a], stems[b], dice);
                Relate(related, stems[b], stems[a], dice);
            }
        }

        _related = related.ToDictionary(
            r => r.Key,
            r => r.Value.OrderByDescending(x => x.Dice).ThenBy(x => x.Stem, StringComparer.Ordinal)
                .Take(PerTerm).Select(x => x.Stem).ToArray(),
            StringComparer.Ordinal);
    }

    public IReadOnlyList<string> For(string stem) => _related.GetValueOrDefault(stem) ?? [];

    static void Relate(Dictionary<string, List<(string, double)>> related, string from, string to, double dice)
    {
        if (!related.TryGetValue(from, out var list))
        {
            related[from] = list = [];
        }

        list.Add((to, dice));
    }
}
