using Elara.Grains.Search;

namespace Elara.Grains.SearchIndex;

/// <summary>Puts suggestions in the shopper's favourite categories first, keeping the index's order otherwise.</summary>
public static class PersonalSuggestions
{
    public static IReadOnlyList<Suggestion> Order(
        IReadOnlyList<Suggestion> suggestions, IReadOnlyDictionary<string, double> affinity, Func<string, string?> categoryOf, int limit) =>
        affinity.Count == 0
            ? [.. suggestions.Take(limit)]
            : [.. suggestions.OrderByDescending(s => Category(s, categoryOf) is { } c ? affinity.GetValueOrDefault(c) : 0).Take(limit)];

    static string? Category(Suggestion suggestion, Func<string, string?> categoryOf) => suggestion switch
    {
        { ProductId: { } id } => categoryOf(id),
        { Kind: "category" } => suggestion.Text,
        _ => null,
    };
}
