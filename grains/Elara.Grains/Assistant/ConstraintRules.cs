using Elara.Grains.Search;

namespace Elara.Grains.Assistant;

/// <summary>
/// How what a shopper just said changes the constraints in force. A new thing to look for replaces the subject and
/// its product attributes but keeps who it is for and the budget; a colour, material or size replaces the previous
/// one ("in blue instead"); exclusions add up; bounds are replaced only when a new one is named.
/// </summary>
public static class ConstraintRules
{
    public static ConversationConstraints Apply(ConversationConstraints current, ParsedQuery? parsed, ShopperIntent intent)
    {
        var next = current with
        {
            Recipient = intent.Recipient ?? current.Recipient,
            Occasion = intent.Occasion ?? current.Occasion,
        };
        if (parsed is null)
        {
            return next;
        }

        var subject = string.Join(' ', parsed.Terms);
        if (subject.Length > 0 || parsed.Category is not null)
        {
            next = next with
            {
                Subject = subject,
                Category = parsed.Category,
                Colours = [],
                Materials = [],
                Sizes = [],
                Excluded = [],
                Sort = SearchSort.Relevance,
            };
        }

        return next with
        {
            MinPrice = parsed.MinPrice ?? (parsed.MaxPrice < next.MinPrice ? null : next.MinPrice),
            MaxPrice = parsed.MaxPrice ?? (parsed.MinPrice > next.MaxPrice ? null : next.MaxPrice),
            Colours = parsed.Colours.Count > 0 ? parsed.Colours : next.Colours,
            Materials = parsed.Materials.Count > 0 ? parsed.Materials : next.Materials,
            Sizes = parsed.Sizes.Count > 0 ? parsed.Sizes : next.Sizes,
            Excluded = [.. next.Excluded.Concat(parsed.Excluded).Distinct(StringComparer.Ordinal)],
            Sort = parsed.Sort != SearchSort.Relevance ? parsed.Sort : next.Sort,
        };
    }

    /// <summary>
    /// "cheaper": strictly below <paramref name="than"/>, nearest price first (a step down, not the bargain bin; ordering
    /// by price also makes the search insist on every word of the subject).
    /// </summary>
    public static ConversationConstraints Cheaper(ConversationConstraints current, decimal than) =>
        current with
        {
            MaxPrice = Math.Max(0, than - 0.01m),
            MinPrice = current.MinPrice >= than ? null : current.MinPrice,
            Sort = SearchSort.PriceDescending,
        };

    /// <summary>"more expensive": strictly above <paramref name="than"/>, nearest first; a budget below that no longer applies.</summary>
    public static ConversationConstraints Dearer(ConversationConstraints current, decimal than) =>
        current with
        {
            MinPrice = than + 0.01m,
            MaxPrice = current.MaxPrice <= than ? null : current.MaxPrice,
            Sort = SearchSort.PriceAscending,
        };

    /// <summary>
    /// The search text for the constraints that the search parses itself (subject, colours, materials, sizes,
    /// exclusions); prices and sort go as explicit filters so they are never relaxed away.
    /// </summary>
    public static string SearchText(ConversationConstraints constraints) =>
        string.Join(' ', new[] { constraints.Subject }
            .Concat(constraints.Colours)
            .Concat(constraints.Materials)
            .Concat(constraints.Sizes)
            .Concat(constraints.Excluded.Select(e => "not " + e))
            .Where(s => s.Length > 0));

    /// <summary>A short description for replies, e.g. "blue presents for your mum under £30".</summary>
    public static string Describe(ConversationConstraints constraints)
    {
        var words = new List<string>();
        words.AddRange(constraints.Sizes);
        words.AddRange(constraints.Colours);
        words.AddRange(constraints.Materials);
        words.Add(constraints.Subject.Length > 0 ? constraints.Subject
            : constraints.Recipient is not null || constraints.Occasion is not null ? "gift ideas"
            : "products");
        if (constraints.Occasion is not null)
        {
            words.Add($"for {constraints.Occasion}");
        }

        if (constraints.Recipient is { } recipient)
        {
            words.Add(recipient == "myself" ? "for you" : $"for your {recipient}");
        }

        if (constraints.Excluded.Count > 0)
        {
            words.Add("without " + string.Join(" or ", constraints.Excluded));
        }

        words.Add(PriceLabel.Bounds(constraints.MinPrice, constraints.MaxPrice));
        return string.Join(' ', words.Where(w => w.Length > 0));
    }
}
