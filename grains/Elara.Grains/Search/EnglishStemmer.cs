namespace Elara.Grains.Search;

/// <summary>
/// A light suffix stripper (plural, -ing, -ed, final e and y) in the spirit of Porter's first step: just enough that
/// "lanterns"/"lantern", "boxes"/"box", "glasses"/"glass", "candles"/"candle" and "hanging"/"hang" meet.
/// Stems are index keys, not words to show.
/// </summary>
public static class EnglishStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !IsLetters(word))
        {
            return word;
        }

        var stem = Participle(Plural(word));
        return Ending(stem);
    }

    static string Plural(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "i";
        }

        if (w.EndsWith("lves", StringComparison.Ordinal))
        {
            return w[..^3] + "f";
        }

        if (w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal)
            || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("zzes", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        return w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)
            && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)
            ? w[..^1]
            : w;
    }

    static string Participle(string w)
    {
        var suffix = w.EndsWith("ing", StringComparison.Ordinal) ? 3
            : w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal) ? 2
            : 0;
        var stem = w[..^suffix];
        if (suffix == 0 || stem.Length < 3 || !HasVowel(stem))
        {
            return w;
        }

        // Porter's repairs: "sitting" -> "sit", "baking" -> "bake".
        if (stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'z'))
        {
            return stem[..^1];
        }

        return stem.Length <= 4 && EndsConsonantVowelConsonant(stem) ? stem + "e" : stem;
    }

    static string Ending(string w)
    {
        if (w.Length > 4 && w[^1] == 'e' && w[^2] != 'e')
        {
            return w[..^1];
        }

        return w.Length > 3 && w[^1] == 'y' && !IsVowel(w[^2]) ? w[..^1] + "i" : w;
    }

    static bool EndsConsonantVowelConsonant(string w) =>
        w.Length >= 3 && !IsVowel(w[^3]) && IsVowel(w[^2]) && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y');

    static bool HasVowel(string w) => w.AsSpan().IndexOfAny("aeiou") >= 0;

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    static bool IsLetters(string w) => !w.AsSpan().ContainsAnyExceptInRange('a', 'z');
}
