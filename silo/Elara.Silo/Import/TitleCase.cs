using System.Text;

namespace Elara.Silo.Import;

/// <summary>
/// Turns the shop's upper-case descriptions into names: "SET OF 2 BISCUIT TINS" → "Set of 2 Biscuit Tins",
/// "IVORY HANGING STAR T-LIGHT HOLDER" → "Ivory Hanging Star T-Light Holder", "BABY'S FIRST BIB" → "Baby's First Bib".
/// </summary>
public static class TitleCase
{
    static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "and", "as", "at", "for", "in", "of", "on", "or", "the", "to", "with" };

    public static string Of(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var name = new StringBuilder(text.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                name.Append(' ');
            }

            if (i > 0 && SmallWords.Contains(words[i]))
            {
                name.Append(words[i].ToLowerInvariant());
                continue;
            }

            // A capital starts the word and every part after a hyphen, slash or bracket; an apostrophe does not ("Children's").
            var startsPart = true;
            foreach (var c in words[i])
            {
                name.Append(startsPart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                startsPart = c is '-' or '/' or '(' or '"' or '&' or '+';
            }
        }

        return name.ToString();
    }
}
