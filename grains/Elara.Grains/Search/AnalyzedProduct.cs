namespace Elara.Grains.Search;

/// <summary>
/// A document after analysis, kept so an index rebuild re-analyzes only what changed.
/// <paramref name="Fields"/> holds stemmed terms per <see cref="SearchField"/>; <paramref name="FilterWords"/> are the
/// stems of the name and attribute values that colour/material/size filters look in.
/// </summary>
public sealed record AnalyzedProduct(
    SearchDocument Document,
    string CategorySlug,
    string[][] Fields,
    string[] FilterStems,
    string[] Surface,
    string? Colour,
    string? Material,
    string? Size)
{
    public string[] Terms(SearchField field) => Fields[(int)field];

    public static AnalyzedProduct From(SearchDocument document)
    {
        var words = new[] { document.Name, document.Category, string.Join(' ', document.Attributes.Values), document.Description }
            .Select(Tokenizer.Words)
            .ToArray();
        var fields = words.Select(TextAnalyzer.Terms).ToArray();
        return new AnalyzedProduct(
            document,
            Catalog.CategorySlug.For(document.Category),
            fields,
            [.. fields[(int)SearchField.Name].Union(fields[(int)SearchField.Attributes])],
            [.. words.SelectMany(w => w).Distinct()],
            Attribute(document, "colour", "color"),
            Attribute(document, "material", "materials"),
            Attribute(document, "size"));
    }

    /// <summary>Does a colour, material or size the shopper asked for (as stems) appear in the attributes or the name?</summary>
    public bool Has(string[] valueStems)
    {
        foreach (var stem in valueStems)
        {
            if (Array.IndexOf(FilterStems, stem) < 0)
            {
                return false;
            }
        }

        return valueStems.Length > 0;
    }

    /// <summary>Does the name, category or an attribute mention the stem? (Descriptions often say "no plastic".)</summary>
    public bool Mentions(string stem) =>
        Array.IndexOf(Fields[(int)SearchField.Name], stem) >= 0
        || Array.IndexOf(Fields[(int)SearchField.Category], stem) >= 0
        || Array.IndexOf(Fields[(int)SearchField.Attributes], stem) >= 0;

    static string? Attribute(SearchDocument document, params string[] keys) =>
        document.Attributes
            .Where(a => keys.Contains(a.Key.Trim(), StringComparer.OrdinalIgnoreCase) && a.Value.Trim().Length > 0)
            .Select(a => a.Value.Trim().ToLowerInvariant())
            .FirstOrDefault();
}
