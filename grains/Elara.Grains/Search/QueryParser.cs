using System.Globalization;
using System.Text.RegularExpressions;

namespace Elara.Grains.Search;

/// <summary>
/// Turns what a shopper typed into terms and constraints. Fixed English phrases give prices, sorting, "cheap" and
/// negation; colours, materials, sizes and categories come from the catalog's <see cref="CatalogVocabulary"/>.
/// A bare amount ("lantern £5") is read as a budget, i.e. an upper bound.
/// </summary>
public static partial class QueryParser
{
    const string Money = @"[£$€]?\s*(\d+(?:\.\d{1,2})?)\s*(?:pounds?|quid|gbp|£)?";

    static readonly (Regex Pattern, SearchSort Sort, string Chip)[] Sorts =
    [
        (CheapestPattern(), SearchSort.PriceAscending, "cheapest"),
        (DearestPattern(), SearchSort.PriceDescending, "most expensive"),
        (RatedPattern(), SearchSort.BestRated, "best rated"),
        (NewestPattern(), SearchSort.Newest, "newest"),
    ];

    /// <summary>Words the parser itself understands, so spelling correction leaves them alone.</summary>
    public static IReadOnlySet<string> Keywords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "under", "below", "less", "than", "cheaper", "upto", "most", "maximum", "max", "within", "over", "above",
        "more", "least", "from", "minimum", "min", "starting", "between", "cheapest", "lowest", "price", "priced",
        "prices", "high", "low", "expensive", "priciest", "highest", "dearest", "best", "top", "rated", "popular",
        "selling", "seller", "sellers", "bestseller", "bestsellers", "newest", "latest", "new", "arrivals", "recent",
        "just", "cheap", "inexpensive", "budget", "affordable", "bargain", "cost", "not", "without", "excluding",
        "except", "minus", "pounds", "pound", "quid",
    };

    public static QueryIntent Parse(string text, CatalogVocabulary vocabulary)
    {
        var rest = text.ToLowerInvariant().Replace('–', '-').Replace('—', '-');
        var chips = new List<string>();
        decimal? min = null, max = null;

        rest = Take(BetweenPattern(), rest, m => (min, max) = Ordered(Amount(m.Groups[1]), Amount(m.Groups[2])));
        rest = Take(RangePattern(), rest, m => (min, max) = Ordered(Amount(m.Groups[1]), Amount(m.Groups[2])));
        rest = Take(MaxPattern(), rest, m => max = Amount(m.Groups[1]));
        rest = Take(MinPattern(), rest, m => min = Amount(m.Groups[1]));
        rest = Take(BareAmountPattern(), rest, m => max ??= Amount(m.Groups["amount"]));
        if (min is not null || max is not null)
        {
            chips.Add(PriceLabel.Bounds(min, max));
        }

        var sort = SearchSort.Relevance;
        string? sortChip = null;
        foreach (var (pattern, candidate, chip) in Sorts)
        {
            rest = Take(pattern, rest, _ => (sort, sortChip) = (candidate, chip));
        }

        var cheap = false;
        rest = Take(CheapPattern(), rest, _ => cheap = max is null && sort != SearchSort.PriceDescending);

        var excluded = new List<string>();
        rest = Take(NegationPattern(), rest, m => AddOnce(excluded, m.Groups[1].Value));

        var terms = new List<string>();
        var colours = new List<string>();
        var materials = new List<string>();
        var sizes = new List<string>();
        string? category = null;
        var words = Tokenizer.Words(rest).Where(w => !StopWords.Contains(w)).ToList();
        for (var i = 0; i < words.Count;)
        {
            var (entry, length) = LongestPhrase(words, i, vocabulary);
            switch (entry?.Kind)
            {
                case VocabularyKind.Colour:
                    AddOnce(colours, entry.Value);
                    break;
                case VocabularyKind.Material:
                    AddOnce(materials, entry.Value);
                    break;
                case VocabularyKind.Size:
                    AddOnce(sizes, entry.Value);
                    break;
                default:
                    // A named category stays in the terms too: it ranks the category first without hiding the
                    // "candle holder" a shopper who typed "candle" may mean.
                    category ??= entry?.Value;
                    terms.AddRange(words.Skip(i).Take(length));
                    break;
            }

            i += length;
        }

        chips.AddRange(colours);
        chips.AddRange(materials);
        chips.AddRange(sizes);
        if (category is not null)
        {
            chips.Add(category);
        }

        chips.AddRange(excluded.Select(e => $"not {e}"));
        if (cheap)
        {
            chips.Add("cheap");
        }

        if (sortChip is not null)
        {
            chips.Add(sortChip);
        }

        var parsed = new ParsedQuery(terms, min, max, colours, materials, sizes, category, excluded, sort, chips);
        return new QueryIntent(parsed, cheap);
    }

    static (VocabularyEntry? Entry, int Length) LongestPhrase(List<string> words, int start, CatalogVocabulary vocabulary)
    {
        for (var length = Math.Min(vocabulary.LongestPhrase, words.Count - start); length >= 1; length--)
        {
            var entry = vocabulary.Find(words.Skip(start).Take(length).Select(TextAnalyzer.Term));
            if (entry is not null)
            {
                return (entry, length);
            }
        }

        return (null, 1);
    }

    static string Take(Regex pattern, string text, Action<Match> onMatch) =>
        pattern.Replace(text, m =>
        {
            onMatch(m);
            return " ";
        });

    static decimal Amount(Group group) => decimal.Parse(group.Value, NumberStyles.Number, CultureInfo.InvariantCulture);

    static (decimal?, decimal?) Ordered(decimal a, decimal b) => (Math.Min(a, b), Math.Max(a, b));

    static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    [GeneratedRegex(@"\bbetween\s+" + Money + @"\s*(?:and|to|-)\s*" + Money)]
    private static partial Regex BetweenPattern();

    [GeneratedRegex(@"(?<![\w.])(?:from\s+)?" + Money + @"\s*(?:-|to)\s*" + Money + @"(?![\w.])")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"(?:\b(?:under|below|less\s+than|cheaper\s+than|up\s*to|at\s+most|no\s+more\s+than|max(?:imum)?|within)\s*|<\s*)" + Money)]
    private static partial Regex MaxPattern();

    [GeneratedRegex(@"(?:\b(?:over|above|more\s+than|at\s+least|from|min(?:imum)?|starting\s+at)\s*|>\s*)" + Money)]
    private static partial Regex MinPattern();

    [GeneratedRegex(@"[£$€]\s*(?<amount>\d+(?:\.\d{1,2})?)|\b(?<amount>\d+(?:\.\d{1,2})?)\s*(?:pounds?|quid)\b")]
    private static partial Regex BareAmountPattern();

    [GeneratedRegex(@"\b(?:cheapest|lowest[\s-]+price[sd]?|price\s+low\s+to\s+high|low\s+to\s+high)\b")]
    private static partial Regex CheapestPattern();

    [GeneratedRegex(@"\b(?:most\s+expensive|priciest|dearest|highest[\s-]+price[sd]?|price\s+high\s+to\s+low|high\s+to\s+low)\b")]
    private static partial Regex DearestPattern();

    [GeneratedRegex(@"\b(?:(?:best|top|highest)[\s-]+rated|most\s+popular|best[\s-]*sell(?:ing|ers?)|popular)\b")]
    private static partial Regex RatedPattern();

    [GeneratedRegex(@"\b(?:newest|latest|new\s+arrivals?|most\s+recent|just\s+in)\b")]
    private static partial Regex NewestPattern();

    [GeneratedRegex(@"\b(?:cheap|inexpensive|budget|affordable|bargain|low[\s-]cost)\b")]
    private static partial Regex CheapPattern();

    [GeneratedRegex(@"(?:\b(?:not|no|without|excluding|except|minus|non)\s+|(?<![\w-])-)([a-z][a-z0-9]*)")]
    private static partial Regex NegationPattern();
}
