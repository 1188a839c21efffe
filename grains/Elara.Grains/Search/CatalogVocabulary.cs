namespace Elara.Grains.Search;

/// <summary>
/// The colours, materials, sizes and categories a shopper can name, learned from the catalog's own attributes and
/// categories and seeded with a small English lexicon so common words work before a product uses them.
/// Phrases are keyed by their stems joined with spaces, so "Candles" and "candle" find the same entry.
/// </summary>
public sealed class CatalogVocabulary
{
    static readonly string[] SeedColours =
    [
        "red", "orange", "yellow", "green", "blue", "purple", "pink", "black", "white", "grey", "brown", "silver",
        "gold", "cream", "ivory", "navy", "beige", "turquoise", "teal", "multicolour",
    ];

    static readonly string[] SeedMaterials =
    [
        "wood", "glass", "metal", "plastic", "ceramic", "cotton", "wool", "paper", "steel", "iron", "zinc", "tin",
        "bamboo", "leather", "linen", "porcelain", "enamel", "copper", "brass", "stone", "wicker", "felt", "velvet",
    ];

    static readonly string[] SeedSizes = ["small", "medium", "large", "mini", "jumbo", "giant"];

    /// <summary>Other words shoppers use for a size (spelling variants are unified by <see cref="TextAnalyzer"/>).</summary>
    static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["big"] = "large",
        ["little"] = "small",
    };

    readonly Dictionary<string, VocabularyEntry> _phrases = new(StringComparer.Ordinal);

    public CatalogVocabulary(IEnumerable<AnalyzedProduct> products)
    {
        var list = products as IReadOnlyCollection<AnalyzedProduct> ?? [.. products];
        AddAll(VocabularyKind.Colour, SeedColours.Concat(list.Select(p => p.Colour)));
        AddAll(VocabularyKind.Material, SeedMaterials.Concat(list.Select(p => p.Material)));
        AddAll(VocabularyKind.Size, SeedSizes.Concat(list.Select(p => p.Size)));
        AddAll(VocabularyKind.Category, list.Select(p => p.Document.Category));
        foreach (var (alias, value) in Aliases)
        {
            if (_phrases.TryGetValue(Key(value), out var entry))
            {
                _phrases.TryAdd(Key(alias), entry);
            }
        }

        LongestPhrase = _phrases.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    public int LongestPhrase { get; }

    /// <summary>The entry for a run of stems, e.g. ["home", "garden"].</summary>
    public VocabularyEntry? Find(IEnumerable<string> stems) =>
        _phrases.GetValueOrDefault(string.Join(' ', stems));

    static string Key(string phrase) => string.Join(' ', TextAnalyzer.Terms(phrase));

    void AddAll(VocabularyKind kind, IEnumerable<string?> values)
    {
        foreach (var value in values.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var key = Key(value);
            // The first kind to claim a phrase keeps it: a colour word stays a colour even if a category says it too.
            if (key.Length > 0 && key.Count(c => c == ' ') < 4)
            {
                _phrases.TryAdd(key, new VocabularyEntry(kind, kind == VocabularyKind.Category ? value : value.ToLowerInvariant()));
            }
        }
    }
}
