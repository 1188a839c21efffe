namespace Elara.Grains.Search;

/// <summary>
/// Inverted lists for the word filters: which products carry a stem in their name or attributes (for colours,
/// materials, sizes) and which mention it in name, category or attributes (for exclusions; descriptions are left out
/// because they often say what a product is not: "no plastic"). They depend only on words, so a price change keeps them.
/// </summary>
public sealed class WordFilters
{
    readonly Dictionary<string, int[]> _filterWords;
    readonly Dictionary<string, int[]> _mentions;

    public WordFilters(IReadOnlyList<AnalyzedProduct> products)
    {
        var filterWords = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var d = 0; d < products.Count; d++)
        {
            var product = products[d];
            AddAll(filterWords, product.FilterStems, d);
            AddAll(mentions, product.Terms(SearchField.Name), d);
            AddAll(mentions, product.Terms(SearchField.Category), d);
            AddAll(mentions, product.Terms(SearchField.Attributes), d);
        }

        _filterWords = filterWords.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);
        _mentions = mentions.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Clears the products that lack one of the asked colours (materials, sizes) or mention an excluded stem.</summary>
    public void Narrow(SearchConstraints constraints, bool[] admitted)
    {
        foreach (var values in new[] { constraints.Colours, constraints.Materials, constraints.Sizes })
        {
            if (values.Count > 0)
            {
                var anyValue = new bool[admitted.Length];
                foreach (var value in values)
                {
                    MarkAll(value, anyValue);
                }

                for (var d = 0; d < admitted.Length; d++)
                {
                    admitted[d] &= anyValue[d];
                }
            }
        }

        foreach (var stem in constraints.ExcludedStems)
        {
            foreach (var d in _mentions.GetValueOrDefault(stem) ?? [])
            {
                admitted[d] = false;
            }
        }
    }

    /// <summary>Marks the products whose name or attributes hold every stem of one value ("navy blue").</summary>
    void MarkAll(string[] valueStems, bool[] into)
    {
        var stems = valueStems.Distinct().ToArray();
        if (stems.Length == 0)
        {
            return;
        }

        var counts = new Dictionary<int, int>();
        foreach (var stem in stems)
        {
            foreach (var d in _filterWords.GetValueOrDefault(stem) ?? [])
            {
                counts[d] = counts.GetValueOrDefault(d) + 1;
            }
        }

        foreach (var (d, found) in counts)
        {
            into[d] |= found == stems.Length;
        }
    }

    static void AddAll(Dictionary<string, List<int>> lists, string[] stems, int document)
    {
        foreach (var stem in stems)
        {
            if (!lists.TryGetValue(stem, out var list))
            {
                lists[stem] = list = [];
            }

            // A product is listed once per stem even when the stem repeats.
            if (list.Count == 0 || list[^1] != document)
            {
                list.Add(document);
            }
        }
    }
}
