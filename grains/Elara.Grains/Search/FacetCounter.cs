namespace Elara.Grains.Search;

/// <summary>
/// Counts matching products by category, colour, material and price band, most common first (bands in price order).
/// Each product's values are numbered once per snapshot, so counting a large match is a few array increments.
/// </summary>
public sealed class FacetCounter
{
    static readonly string[] FieldNames = ["category", "colour", "material", "price"];

    readonly int[][] _valueIds;
    readonly string[][] _values;

    public FacetCounter(IReadOnlyList<AnalyzedProduct> products)
    {
        Func<AnalyzedProduct, string?>[] readers =
        [
            p => p.Document.Category,
            p => p.Colour,
            p => p.Material,
            p => PriceBands.For(p.Document.Price),
        ];
        _valueIds = new int[readers.Length][];
        _values = new string[readers.Length][];
        for (var f = 0; f < readers.Length; f++)
        {
            var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var names = new List<string>();
            _valueIds[f] = new int[products.Count];
            for (var p = 0; p < products.Count; p++)
            {
                var value = readers[f](products[p]);
                if (value is null)
                {
                    _valueIds[f][p] = -1;
                    continue;
                }

                if (!ids.TryGetValue(value, out var id))
                {
                    ids[value] = id = names.Count;
                    names.Add(value);
                }

                _valueIds[f][p] = id;
            }

            _values[f] = [.. names];
        }
    }

    public IReadOnlyList<Facet> Count(IReadOnlyList<ScoredDocument> matching)
    {
        var facets = new Facet[FieldNames.Length];
        for (var f = 0; f < FieldNames.Length; f++)
        {
            var counts = new int[_values[f].Length];
            var ids = _valueIds[f];
            foreach (var m in matching)
            {
                if (ids[m.Document] >= 0)
                {
                    counts[ids[m.Document]]++;
                }
            }

            var values = Enumerable.Range(0, counts.Length).Where(i => counts[i] > 0)
                .Select(i => new FacetValue(_values[f][i], counts[i]));
            var ordered = FieldNames[f] == "price"
                ? values.OrderBy(v => PriceBands.Rank(v.Value))
                : values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal);
            facets[f] = new Facet(FieldNames[f], [.. ordered]);
        }

        return facets;
    }
}
