namespace Elara.Grains.Search;

/// <summary>
/// Symmetric-delete spelling correction (as SymSpell does it): every known word is stored under the strings made by
/// deleting up to two letters of its first <see cref="PrefixLength"/> letters, so a misspelling finds its candidates
/// by a few dictionary look-ups instead of a scan. Candidates are then checked with a true edit distance.
/// </summary>
public sealed class SpellingCorrector
{
    const int PrefixLength = 7;
    const int MaxDeletes = 2;

    readonly Dictionary<string, int> _frequency;
    readonly string[] _words;
    readonly Dictionary<string, int[]> _deletes;

    public SpellingCorrector(IReadOnlyDictionary<string, int> wordFrequencies)
    {
        _frequency = new Dictionary<string, int>(wordFrequencies, StringComparer.Ordinal);
        _words = [.. _frequency.Keys.Where(w => w.All(char.IsLetter))];
        var deletes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var variants = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _words.Length; i++)
        {
            variants.Clear();
            AddDeletes(Prefix(_words[i]), MaxDeletes, variants);
            foreach (var variant in variants)
            {
                if (!deletes.TryGetValue(variant, out var ids))
                {
                    deletes[variant] = ids = [];
                }

                ids.Add(i);
            }
        }

        _deletes = deletes.ToDictionary(d => d.Key, d => d.Value.ToArray(), StringComparer.Ordinal);
    }

    public long DeleteEntryCount => _deletes.Values.Sum(d => (long)d.Length);

    /// <summary>0 edits for words of up to 3 letters, 1 for 4-7, 2 for 8 or more: short words have too many neighbours.</summary>
    public static int MaxDistance(int length) => length <= 3 ? 0 : length <= 7 ? 1 : 2;

    public bool IsKnown(string word) => _frequency.ContainsKey(word);

    /// <summary>The closest known word (fewest edits, then most frequent), or null when none is near enough.</summary>
    public string? Correct(string word)
    {
        var maxDistance = MaxDistance(word.Length);
        if (maxDistance == 0 || IsKnown(word))
        {
            return null;
        }

        var variants = new HashSet<string>(StringComparer.Ordinal);
        AddDeletes(Prefix(word), maxDistance, variants);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        var seen = new HashSet<int>();
        foreach (var variant in variants)
        {
            if (!_deletes.TryGetValue(variant, out var ids))
            {
                continue;
            }

            foreach (var id in ids)
            {
                var candidate = _words[id];
                if (!seen.Add(id) || Math.Abs(candidate.Length - word.Length) > maxDistance)
                {
                    continue;
                }

                var distance = EditDistance.Between(word, candidate, maxDistance);
                var frequency = _frequency[candidate];
                if (distance <= maxDistance && (distance < bestDistance
                    || (distance == bestDistance && (frequency > bestFrequency
                        || (frequency == bestFrequency && string.CompareOrdinal(candidate, best) < 0)))))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }

        return best;
    }

    static string Prefix(string word) => word.Length > PrefixLength ? word[..PrefixLength] : word;

    static void AddDeletes(string word, int depth, HashSet<string> into)
    {
        if (!into.Add(word) || depth == 0 || word.Length <= 1)
        {
            return;
        }

        for (var i = 0; i < word.Length; i++)
        {
            AddDeletes(word.Remove(i, 1), depth - 1, into);
        }
    }
}
