namespace Elara.Grains.Search;

/// <summary>
/// Completions from product names and categories: every word start of every text is a key in one sorted array, so a
/// prefix is a binary search plus a short scan ("la" finds "Red Lantern"). Past queries are matched at call time.
/// Queries rank first (in the order given), then categories by size, then products by popularity.
/// </summary>
public sealed class Suggester
{
    const int ShortPrefix = 2;
    const int Precomputed = 64;

    readonly Entry[] _entries;
    readonly Key[] _keys;
    readonly Dictionary<string, int[]> _shortPrefixes;

    public Suggester(IReadOnlyList<AnalyzedProduct> products)
    {
        var categories = products
            .GroupBy(p => p.Document.Category, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Entry(g.Key, g.Key.ToLowerInvariant(), "category", null, 1 + (double)g.Count() / Math.Max(1, products.Count)));
        var names = products.Select(p =>
            new Entry(p.Document.Name, p.Document.Name.ToLowerInvariant(), "product", p.Document.Id, p.Document.Popularity));
        _entries = [.. categories.Concat(names)];
        var keys = new List<Key>(_entries.Length * 4);
        for (var e = 0; e < _entries.Length; e++)
        {
            foreach (var start in WordStarts(_entries[e].Lower))
            {
                keys.Add(new Key(e, start));
            }
        }

        _keys = [.. keys];
        Array.Sort(_keys, (a, b) => Text(a).CompareTo(Text(b), StringComparison.Ordinal));
        _shortPrefixes = RankShortPrefixes();
    }

    public int KeyCount => _keys.Length;

    public IReadOnlyList<Suggestion> Suggest(string prefix, int limit, IReadOnlyList<string> popularQueries)
    {
        var wanted = string.Join(' ', prefix.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (wanted.Length == 0 || limit <= 0)
        {
            return [];
        }

        var found = new List<Suggestion>(limit);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var query in popularQueries)
        {
            var lower = query.ToLowerInvariant();
            if (found.Count < limit && WordStarts(lower).Any(s => lower.AsSpan(s).StartsWith(wanted, StringComparison.Ordinal)) && seen.Add(query))
            {
                found.Add(new Suggestion(query, "query", null));
            }
        }

        if (!(wanted.Length <= ShortPrefix && limit <= Precomputed && _shortPrefixes.TryGetValue(wanted, out var ranked)))
        {
            var (from, to) = Range(wanted);
            ranked = Best(from, to, limit * 2);
        }

        foreach (var index in ranked)
        {
            var entry = _entries[index];
            if (found.Count < limit && seen.Add(entry.Text))
            {
                found.Add(new Suggestion(entry.Text, entry.Kind, entry.ProductId));
            }
        }

        return found;
    }

    /// <summary>The best distinct entries among keys [from, to), best first, with a small heap.</summary>
    int[] Best(int from, int to, int count)
    {
        var best = new PriorityQueue<int, double>(count + 1);
        var queued = new HashSet<int>();
        for (var k = from; k < to; k++)
        {
            var entry = _keys[k].Entry;
            if (!queued.Add(entry))
            {
                continue;
            }

            best.Enqueue(entry, _entries[entry].Weight);
            if (best.Count > count)
            {
                queued.Remove(best.Dequeue());
            }
        }

        var ranked = new int[best.Count];
        for (var i = ranked.Length - 1; i >= 0; i--)
        {
            ranked[i] = best.Dequeue();
        }

        return ranked;
    }

    /// <summary>The keys that start with the prefix: [first, end).</summary>
    (int From, int To) Range(string prefix)
    {
        var from = LowerBound(prefix);
        var to = from;
        while (to < _keys.Length && Text(_keys[to]).StartsWith(prefix, StringComparison.Ordinal))
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>
    /// One- and two-letter prefixes match thousands of keys, so their best entries are ranked once per snapshot.
    /// Keys are sorted, so each prefix's keys are one run.
    /// </summary>
    Dictionary<string, int[]> RankShortPrefixes()
    {
        var ranked = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var length = 1; length <= ShortPrefix; length++)
        {
            var start = 0;
            while (start < _keys.Length)
            {
                var text = Text(_keys[start]);
                if (text.Length < length)
                {
                    start++;
                    continue;
                }

                var prefix = text[..length].ToString();
                var end = start;
                while (end < _keys.Length && Text(_keys[end]).StartsWith(prefix, StringComparison.Ordinal))
                {
                    end++;
                }

                ranked[prefix] = Best(start, end, Precomputed);
                start = end;
            }
        }

        return ranked;
    }

    int LowerBound(string prefix)
    {
        var (lo, hi) = (0, _keys.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Text(_keys[mid]).CompareTo(prefix, StringComparison.Ordinal) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    ReadOnlySpan<char> Text(Key key) => _entries[key.Entry].Lower.AsSpan(key.Offset);

    static IEnumerable<int> WordStarts(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                yield return i;
            }
        }
    }

    readonly record struct Entry(string Text, string Lower, string Kind, string? ProductId, double Weight);

    readonly record struct Key(int Entry, int Offset);
}
