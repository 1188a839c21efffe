using System.Text.RegularExpressions;

namespace Elara.Grains.Assistant;

/// <summary>
/// Finds the products a message points at: by position among the cards last shown ("the second one", "number 3",
/// "the last one"), by a word of the name ("that lamp", "the teapot", looked up in the cards, then in
/// <paramref name="others"/>, e.g. the cart), or by pronoun ("it", "that one": the product in focus).
/// </summary>
public static partial class ReferenceResolver
{
    static readonly string[] OrdinalWords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

    public static IReadOnlyList<ShownProduct> Resolve(
        string text, IReadOnlyList<ShownProduct> shown, string? focusId, IReadOnlyList<ShownProduct>? others = null)
    {
        var lower = text.ToLowerInvariant();
        var found = new List<(int At, ShownProduct Product)>();
        foreach (Match m in OrdinalPattern().Matches(lower))
        {
            if (Position(m, shown.Count) is { } position && shown.FirstOrDefault(s => s.Position == position) is { } product)
            {
                found.Add((m.Index, product));
            }
        }

        if (BothPattern().Match(lower) is { Success: true } both)
        {
            found.AddRange(shown.Take(2).Select(p => (both.Index, p)));
        }

        foreach (Match m in NounPattern().Matches(lower))
        {
            // "that brass lamp" names the lamp; "the lamp from my cart" names it by the first word.
            var words = new[] { m.Groups["second"].Value, m.Groups["first"].Value }.Where(w => w.Length >= 3).Select(Singular);
            if (words.Select(w => Named(w, shown, focusId) ?? Named(w, others ?? [], focusId)).FirstOrDefault(p => p is not null) is { } product)
            {
                found.Add((m.Index, product));
            }
        }

        if (found.Count == 0 && PronounPattern().Match(lower) is { Success: true } pronoun)
        {
            var focus = shown.FirstOrDefault(s => s.Id == focusId) ?? (others ?? []).FirstOrDefault(s => s.Id == focusId)
                ?? (shown.Count == 1 ? shown[0] : null);
            if (focus is not null)
            {
                found.Add((pronoun.Index, focus));
            }
        }

        return [.. found.OrderBy(f => f.At).Select(f => f.Product).DistinctBy(p => p.Id)];
    }

    static int? Position(Match m, int count)
    {
        if (m.Groups["last"].Success)
        {
            return count == 0 ? null : count;
        }

        if (m.Groups["digit"].Success)
        {
            return m.Groups["digit"].Value[0] - '0';
        }

        var word = m.Groups["word"].Value;
        var index = Array.IndexOf(OrdinalWords, word);
        return index >= 0 ? index + 1 : word[0] - '0';
    }

    /// <summary>The product in focus if its name has the word, else the first card whose name has it.</summary>
    static ShownProduct? Named(string word, IReadOnlyList<ShownProduct> pool, string? focusId)
    {
        var matches = pool.Where(p => NameWords(p.Name).Contains(word)).ToList();
        return matches.FirstOrDefault(p => p.Id == focusId) ?? matches.FirstOrDefault();
    }

    static HashSet<string> NameWords(string name) =>
        [.. WordPattern().Matches(name.ToLowerInvariant()).Select(m => Singular(m.Value))];

    static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith("es", StringComparison.Ordinal) && (word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)) ? word[..^2]
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    [GeneratedRegex(@"\b(?:(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|[1-8](?:st|nd|rd|th))(?: one)?|(?:number|no\.?|#)\s*(?<digit>[1-8])|(?<last>the last(?: one)?))\b")]
    private static partial Regex OrdinalPattern();

    [GeneratedRegex(@"\b(?:both|the two|the first two|these two|those two|them both)\b")]
    private static partial Regex BothPattern();

    [GeneratedRegex(@"\b(?:that|this|the|those|these|my)\s+(?<first>[a-z]{3,})(?:\s+(?<second>[a-z]{3,}))?\b")]
    private static partial Regex NounPattern();

    [GeneratedRegex(@"\b(?:it|that one|this one|that|this|them)\b")]
    private static partial Regex PronounPattern();

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex WordPattern();
}
