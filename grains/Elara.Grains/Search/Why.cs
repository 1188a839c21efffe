namespace Elara.Grains.Search;

/// <summary>A hit's short reason: which fields the words matched, which filters it meets.</summary>
public static class Why
{
    static readonly (SearchField Field, string Verb)[] Fields =
    [
        (SearchField.Name, "name matches"),
        (SearchField.Category, "category matches"),
        (SearchField.Attributes, "details match"),
        (SearchField.Description, "description mentions"),
    ];

    /// <param name="similar">The semantic side found it: said only when none of the words explains it.</param>
    public static string For(AnalyzedProduct product, IReadOnlyList<QueryTerm> terms, ParsedQuery parsed, decimal? cheapBound, bool similar)
    {
        var reasons = new List<string>();
        var explained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, verb) in Fields)
        {
            var words = terms
                .Where(t => t.Typed && !explained.Contains(t.Stem) && Array.IndexOf(product.Terms(field), t.Stem) >= 0)
                .ToList();
            if (words.Count > 0)
            {
                explained.UnionWith(words.Select(w => w.Stem));
                reasons.Add($"{verb} {string.Join(" ", words.Select(w => $"'{w.Word}'"))}");
            }
        }

        var related = terms.Where(t => t.Role == TermRole.Synonym && product.Mentions(t.Stem)).Select(t => $"'{t.Word}'").ToList();
        if (related.Count > 0 && explained.Count == 0)
        {
            reasons.Add($"related to {string.Join(" ", related)}");
        }

        if (similar && reasons.Count == 0)
        {
            reasons.Add(SearchHit.SimilarOnly);
        }

        reasons.AddRange(parsed.Colours.Where(c => product.Has(TextAnalyzer.Terms(c))).Select(c => $"colour {c}"));
        reasons.AddRange(parsed.Materials.Where(m => product.Has(TextAnalyzer.Terms(m))).Select(m => m));
        reasons.AddRange(parsed.Sizes.Where(s => product.Has(TextAnalyzer.Terms(s))).Select(s => $"size {s}"));
        var price = product.Document.Price;
        if ((parsed.MinPrice is null || price >= parsed.MinPrice) && (parsed.MaxPrice is null || price <= parsed.MaxPrice)
            && (parsed.MinPrice is not null || parsed.MaxPrice is not null))
        {
            reasons.Add(PriceLabel.Bounds(parsed.MinPrice, parsed.MaxPrice));
        }

        if (cheapBound is { } bound && price <= bound)
        {
            reasons.Add($"cheap (up to {PriceLabel.Format(bound)})");
        }

        return reasons.Count == 0 ? "popular" : string.Join("; ", reasons);
    }
}
