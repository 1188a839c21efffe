namespace Elara.Bench.Search.Queries;

/// <summary>The four slips of a typing shopper.</summary>
public static class Typos
{
    const string Letters = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>
    /// One insertion, deletion, substitution or transposition in a word of at least three letters, never on the
    /// first letter (people rarely miss that one).
    /// </summary>
    public static string Make(string word, Random random)
    {
        var at = random.Next(1, word.Length - 1);
        var letter = Letters[random.Next(Letters.Length)];
        return random.Next(4) switch
        {
            0 => word.Insert(at, letter.ToString()),
            // Any letter but the one there, so the substitution always changes the word.
            1 => string.Concat(
                word.AsSpan(0, at),
                Letters[(Letters.IndexOf(word[at], StringComparison.Ordinal) + 1 + random.Next(Letters.Length - 1)) % Letters.Length].ToString(),
                word.AsSpan(at + 1)),
            2 when word[at] != word[at + 1] => string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
            // Deletion, and the transposition of a doubled letter, which would change nothing.
            _ => word.Remove(at, 1),
        };
    }
}
