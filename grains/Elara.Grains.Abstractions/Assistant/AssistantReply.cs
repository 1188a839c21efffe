namespace Elara.Grains.Assistant;

/// <summary>What the assistant answers: a short sentence or two, the products it shows, what it did, and follow-up chips.</summary>
public sealed record AssistantReply(
    string Reply,
    IReadOnlyList<ProductCard> Cards,
    IReadOnlyList<AssistantAction> Actions,
    IReadOnlyList<string> Suggestions);
