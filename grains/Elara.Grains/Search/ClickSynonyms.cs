namespace Elara.Grains.Search;

/// <summary>
/// Related terms learned from clicks: when shoppers who searched "torch" and shoppers who searched "flashlight"
/// click the same product, each query's words become expansions of the other. Thread-safe (clicks arrive while
/// searches read); holds no clock or I/O.
/// </summary>
public sealed class ClickSynonyms
{
    const int MaxQueriesPerProduct = 50;

    readonly Lock _gate = new();
    readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    readonly Dictionary<string, HashSet<string>> _productsByQuery = new(StringComparer.Ordinal);
    readonly Dictionary<string, Dictionary<string, int>> _queriesByProduct = new(StringComparer.Ordinal);

    /// <param name="stems">The stems of the query's free-text terms (prices and filters already parsed away).</param>
    public void Record(IReadOnlyCollection<string> stems, string productId)
    {
        var key = Key(stems);
        if (key.Length == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (!_productsByQuery.TryGetValue(key, out var products))
            {
                _productsByQuery[key] = products = [];
            }

            products.Add(productId);
            _stems.UnionWith(stems);
            if (!_queriesByProduct.TryGetValue(productId, out var queries))
            {
                _queriesByProduct[productId] = queries = new(StringComparer.Ordinal);
            }

            if (queries.Count < MaxQueriesPerProduct || queries.ContainsKey(key))
            {
                queries[key] = queries.GetValueOrDefault(key) + 1;
            }
        }
    }

    /// <summary>Whether shoppers searched this word before, so it is not a misspelling even if no product says it.</summary>
    public bool Knows(string word)
    {
        var stem = TextAnalyzer.Term(word);
        lock (_gate)
        {
            return _stems.Contains(stem);
        }
    }

    /// <summary>Stems of queries that led to the same products as these stems, each with a share in (0, 1].</summary>
    public IReadOnlyDictionary<string, double> RelatedTo(IReadOnlyCollection<string> stems)
    {
        var key = Key(stems);
        var related = new Dictionary<string, double>(StringComparer.Ordinal);
        lock (_gate)
        {
            if (!_productsByQuery.TryGetValue(key, out var products))
            {
                return related;
            }

            foreach (var product in products)
            {
                var queries = _queriesByProduct[product];
                var total = queries.Values.Sum();
                foreach (var (other, clicks) in queries)
                {
                    foreach (var stem in other.Split(' ').Where(s => !stems.Contains(s)))
                    {
                        related[stem] = Math.Min(1, related.GetValueOrDefault(stem) + (double)clicks / total);
                    }
                }
            }
        }

        return related;
    }

    static string Key(IEnumerable<string> stems) => string.Join(' ', stems.Distinct().Order(StringComparer.Ordinal));
}
