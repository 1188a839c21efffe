using System.Globalization;
using System.Text.RegularExpressions;

namespace Elara.Grains.Assistant;

/// <summary>
/// Recognises what a shopper's message asks for from fixed English phrases. It only classifies and strips: prices,
/// colours, materials, sizes and categories in what is left are read by the search's own query parser.
/// </summary>
public static partial class IntentParser
{
    /// <summary>Who a present is for, as the shopper may say it, and the one word the assistant keeps.</summary>
    static readonly (string[] Words, string Recipient)[] Recipients =
    [
        (["mum", "mom", "mother", "mummy"], "mum"),
        (["dad", "father", "daddy"], "dad"),
        (["grandma", "gran", "granny", "nan", "nana", "grandmother"], "grandma"),
        (["grandad", "grandpa", "grandfather"], "grandad"),
        (["wife", "husband", "partner", "girlfriend", "boyfriend", "fiance", "fiancee"], "partner"),
        (["sister", "brother", "friend", "best friend", "flatmate", "neighbour"], "friend"),
        (["son", "daughter", "kid", "kids", "child", "children", "nephew", "niece", "toddler", "baby", "grandson", "granddaughter"], "child"),
        (["teacher", "colleague", "boss", "host", "hostess"], "colleague"),
        (["dog", "cat", "puppy", "kitten", "pet"], "pet"),
        (["myself", "me"], "myself"),
    ];

    static readonly (string Pattern, string Occasion)[] Occasions =
    [
        ("mother'?s day", "mother's day"),
        ("father'?s day", "father's day"),
        ("birthday|bday", "birthday"),
        ("christmas|xmas", "christmas"),
        ("anniversary", "anniversary"),
        ("wedding", "wedding"),
        ("house ?warming|new home", "housewarming"),
        ("valentine'?s?( day)?", "valentine's day"),
        ("retirement", "retirement"),
        ("graduation", "graduation"),
        ("easter", "easter"),
        ("thank you|thanks gift", "thank you"),
    ];

    static readonly Regex RecipientPattern = new(
        @"\bfor (?:my |a |the |our |his |her )?(?:little |lovely |old |new )?(?<who>" +
        string.Join('|', Recipients.SelectMany(r => r.Words).OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")\b",
        RegexOptions.CultureInvariant);

    static readonly Regex OccasionPattern = new(
        @"\b(?:for (?:a |an |the |her |his |their |my )?)?(?<what>" + string.Join('|', Occasions.Select(o => o.Pattern)) + @")(?: (?:present|gift)s?)?\b",
        RegexOptions.CultureInvariant);

    public static ShopperIntent Parse(string text)
    {
        var lower = Normalise(text);
        var (recipient, occasion) = (Recipient(lower), Occasion(lower));
        var price = CheaperPattern().IsMatch(lower) ? PriceDirection.Lower
            : DearerPattern().IsMatch(lower) ? PriceDirection.Higher
            : PriceDirection.None;
        var size = BiggerPattern().IsMatch(lower) ? SizeDirection.Larger
            : SmallerPattern().IsMatch(lower) ? SizeDirection.Smaller
            : SizeDirection.None;
        var kind = Kind(lower, recipient is not (null or "myself") || occasion is not null);
        return new ShopperIntent(kind, QueryText(lower), recipient, occasion, Quantity(lower), price, size);
    }

    static IntentKind Kind(string text, bool forSomeone)
    {
        var rest = GreetingPattern().Replace(text, " ").Trim();
        var mentionsList = ListPattern().IsMatch(rest);
        return rest switch
        {
            _ when InjectionPattern().IsMatch(text) => IntentKind.Refused,
            "" => IntentKind.Greeting,
            _ when OutOfScopePattern().IsMatch(rest) => IntentKind.OutOfScope,
            _ when OrderStatusPattern().IsMatch(rest) => IntentKind.OrderStatus,
            _ when RemovePattern().IsMatch(rest) => mentionsList ? IntentKind.RemoveFromList : IntentKind.RemoveFromCart,
            _ when ShowPattern().IsMatch(rest) && mentionsList => IntentKind.ShowList,
            _ when ShowPattern().IsMatch(rest) && CartPattern().IsMatch(rest) => IntentKind.ShowCart,
            _ when SavePattern().IsMatch(rest) && mentionsList => IntentKind.AddToList,
            _ when AddPattern().IsMatch(rest) && !mentionsList => IntentKind.AddToCart,
            _ when CheckoutPattern().IsMatch(rest) => IntentKind.CheckoutHelp,
            _ when ComparePattern().IsMatch(rest) => IntentKind.Compare,
            _ when TogetherPattern().IsMatch(rest) => IntentKind.BoughtTogether,
            _ when SimilarPattern().IsMatch(rest) => IntentKind.Similar,
            _ when RecommendPattern().IsMatch(rest) && !forSomeone && !MoneyPattern().IsMatch(rest) => IntentKind.Recommend,
            _ => IntentKind.Find,
        };
    }

    /// <summary>The message without greetings, requests, references, recipients, occasions and comparatives.</summary>
    static string QueryText(string text)
    {
        var rest = GreetingPattern().Replace(text, " ");
        rest = RecipientPattern.Replace(rest, " ");
        rest = OccasionPattern.Replace(rest, " ");
        foreach (var pattern in (Regex[])[FillerPattern(), CheaperPattern(), DearerPattern(), BiggerPattern(), SmallerPattern(), InsteadPattern(), ReferencePattern()])
        {
            rest = pattern.Replace(rest, " ");
        }

        return WhitespacePattern().Replace(rest, " ").Trim(' ', ',', '.', '?', '!', '-');
    }

    static string? Recipient(string text) =>
        RecipientPattern.Match(text) is { Success: true } m
            ? Recipients.First(r => r.Words.Contains(m.Groups["who"].Value)).Recipient
            : null;

    static string? Occasion(string text) =>
        OccasionPattern.Match(text) is { Success: true } m
            ? Occasions.First(o => Regex.IsMatch(m.Groups["what"].Value, "^(?:" + o.Pattern + ")$", RegexOptions.CultureInvariant)).Occasion
            : null;

    static int Quantity(string text)
    {
        var m = QuantityPattern().Match(text);
        if (!m.Success)
        {
            return 1;
        }

        var word = m.Groups["n"].Value;
        var words = new[] { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };
        var index = Array.IndexOf(words, word);
        return index >= 0 ? index + 1 : int.Parse(word, CultureInfo.InvariantCulture);
    }

    static string Normalise(string text) =>
        WhitespacePattern().Replace(text.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\''), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"^(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|thanks|thank you|cheers|ok|okay)\b[\s,!.]*(?:there\b[\s,!.]*)?)+")]
    private static partial Regex GreetingPattern();

    [GeneratedRegex(@"\b(?:ignore (?:all |any |the )?(?:previous|prior|above|earlier|your)|disregard (?:all |the |your )|system prompt|you are now|pretend (?:to be|you are)|act as|developer mode|jailbreak|new instructions|reveal (?:your|the) (?:prompt|instructions)|(?:other|another|every|all) (?:shoppers?|users?|customers?)(?:'s?)?\b|(?:shopper|user|customer|account) (?:id )?[au]-[0-9a-f]{6,})")]
    private static partial Regex InjectionPattern();

    [GeneratedRegex(@"\b(?:weather|joke|news|politic\w*|football|homework|poem|essay|bitcoin|crypto|capital of|who won|meaning of life|write (?:me )?(?:a |an )?(?:code|program|script|story|song))\b")]
    private static partial Regex OutOfScopePattern();

    [GeneratedRegex(@"\b(?:where(?:'s| is) my (?:order|parcel|delivery)|order status|status of my order|track(?:ing)?(?: my)? (?:order|parcel)|my (?:last |latest |recent )?orders?\b|has my order|when will my order)")]
    private static partial Regex OrderStatusPattern();

    [GeneratedRegex(@"\b(?:remove|delete|take (?:\w+ )?(?:out|off)|drop|get rid of)\b")]
    private static partial Regex RemovePattern();

    [GeneratedRegex(@"\b(?:what(?:'s| is| are| have i got)? (?:in|on)|show(?: me)?|view|see|open|check|list)\b.*\bmy\b|^my (?:cart|basket|list|wishlist|shopping list)\b")]
    private static partial Regex ShowPattern();

    [GeneratedRegex(@"\b(?:cart|basket|bag|trolley)\b")]
    private static partial Regex CartPattern();

    [GeneratedRegex(@"\b(?:list|wishlist|wish list|favourites|favorites|saved)\b")]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"\b(?:add|save|put|keep|remember|bookmark|note)\b")]
    private static partial Regex SavePattern();

    [GeneratedRegex(@"\b(?:add|put|pop|throw|buy|i'?ll (?:take|have)|i (?:will|want to) (?:take|buy)|get me|order)\b.*\b(?:it|that|this|them|one|ones|first|second|third|fourth|fifth|last|cart|basket|bag|trolley)\b")]
    private static partial Regex AddPattern();

    [GeneratedRegex(@"\b(?:checkout|check out|pay(?:ment)?|how (?:do|can) i (?:buy|order|pay)|card|delivery options|shipping)\b")]
    private static partial Regex CheckoutPattern();

    [GeneratedRegex(@"\b(?:compare|comparison|difference between|differences|which (?:one )?is (?:better|cheaper|bigger)|versus|vs\.?)\b")]
    private static partial Regex ComparePattern();

    [GeneratedRegex(@"\b(?:goes? (?:well )?with|go (?:well )?with|bought together|pairs? (?:well )?with|complete the (?:look|set)|to go with|matches? (?:it|that|this))\b")]
    private static partial Regex TogetherPattern();

    [GeneratedRegex(@"\b(?:(?:something|anything|more|others?|ones?|items?|products?|things?)\s+(?:just\s+)?(?:like|similar to)\s+(?:it|that|this|the|them)|similar)\b")]
    private static partial Regex SimilarPattern();

    [GeneratedRegex(@"\b(?:recommend\w*|suggest\w*|what should i (?:buy|get)|surprise me|inspire me|ideas?|picks? for me|for me\b|popular|trending)")]
    private static partial Regex RecommendPattern();

    [GeneratedRegex(@"(?:[£$€]\s*\d|\d+\s*(?:pounds?|quid)|\b(?:under|below|less than|over|above|between|up to)\s+[£$€]?\d)")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"\b(?:cheaper|less expensive|lower price[sd]?|more affordable|not so expensive|too expensive|too pricey|costs? less)\b(?! than)")]
    private static partial Regex CheaperPattern();

    [GeneratedRegex(@"\b(?:more expensive|pricier|fancier|posher|higher end|more upmarket|better quality)\b")]
    private static partial Regex DearerPattern();

    [GeneratedRegex(@"\b(?:bigger|larger|taller|too small)\b")]
    private static partial Regex BiggerPattern();

    [GeneratedRegex(@"\b(?:smaller|tinier|more compact|too big|too large)\b")]
    private static partial Regex SmallerPattern();

    [GeneratedRegex(@"\binstead\b")]
    private static partial Regex InsteadPattern();

    [GeneratedRegex(@"\b(?:(?:add|put|pop|buy|get)\s+(?:me\s+)?(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:pounds?|quid|st|nd|rd|th))|(?<n>\d{1,2})\s*x\b|x\s*(?<n>\d{1,2})\b|(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) of (?:them|it|those|these|the))")]
    private static partial Regex QuantityPattern();

    /// <summary>Requests and filler around what is sought ("I'm looking for", "something", "please").</summary>
    [GeneratedRegex(@"\b(?:(?:can|could|would) you(?: please)?(?: help(?: me)?)?|help(?: me)?|i(?:'m| am) (?:looking|searching|shopping) for|i(?:'d| would) like|i (?:need|want)|we (?:need|want)|looking for|can you (?:show|find|get) me|could you (?:show|find) me|show me|find me|have you got|do you (?:have|sell)|any(?:thing|one)?|some(?:thing|one)?|what about|how about|what do you have|please|a (?:nice |little |small )?(?:present|gift)s?|(?:present|gift)s?|ideas?|but|also|maybe|perhaps|just|really|ones?|that(?:'s| is)|in stock|for|a|an|the|like|similar(?: to)?)\b")]
    private static partial Regex FillerPattern();

    /// <summary>References to products already shown; the resolver reads them from the original text.</summary>
    [GeneratedRegex(@"\b(?:(?:like|similar to) (?:it|that|this|them)|(?:the )?(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)(?: one)?|number \d|it|them|those|these)\b")]
    private static partial Regex ReferencePattern();
}
