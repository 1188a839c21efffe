using Elara.Grains.Search;

namespace Elara.Grains.Assistant;

/// <summary>
/// What the shopper asked for that still holds: the thing sought (<paramref name="Subject"/>, words as typed), budget,
/// colours, materials, sizes, category, who it is for and the occasion, and what they do not want.
/// </summary>
public sealed record ConversationConstraints(
    string Subject,
    decimal? MinPrice,
    decimal? MaxPrice,
    IReadOnlyList<string> Colours,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Sizes,
    string? Category,
    string? Recipient,
    string? Occasion,
    IReadOnlyList<string> Excluded,
    SearchSort Sort)
{
    public static ConversationConstraints None { get; } = new("", null, null, [], [], [], null, null, null, [], SearchSort.Relevance);
}
