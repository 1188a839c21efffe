namespace Elara.Grains.Search;

/// <summary>
/// The one analysis chain documents and queries share: words, minus stop words, spelling variants unified
/// ("gray" is "grey", "wooden" is "wood"), stemmed.
/// </summary>
public static class TextAnalyzer
{
    static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["gray"] = "grey",
        ["wooden"] = "wood",
        ["metallic"] = "metal",
        ["golden"] = "gold",
        ["woollen"] = "wool",
        ["woolen"] = "wool",
    };

    public static string[] Terms(string text) => Terms(Tokenizer.Words(text));

    public static string[] Terms(IEnumerable<string> words) => [.. words.Where(w => !StopWords.Contains(w)).Select(Term)];

    /// <summary>One lower-case word's index term.</summary>
    public static string Term(string word) => EnglishStemmer.Stem(Variants.GetValueOrDefault(word, word));
}
