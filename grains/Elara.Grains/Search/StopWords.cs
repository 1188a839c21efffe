namespace Elara.Grains.Search;

/// <summary>English function words that carry no product meaning, so they neither match nor dilute scores.</summary>
public static class StopWords
{
    static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to", "by", "with", "from", "into", "as",
        "is", "are", "be", "it", "its", "this", "that", "these", "those", "i", "me", "my", "we", "our", "you",
        "your", "s", "some", "any", "please", "want", "need", "looking", "show", "find", "get", "buy", "something",
        "item", "items", "product", "products", "thing", "things", "very", "really", "just", "also", "but", "so",
        "not", "no", "without",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
