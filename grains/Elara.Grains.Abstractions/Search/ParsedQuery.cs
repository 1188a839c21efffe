namespace Elara.Grains.Search;

/// <summary>What the parser understood; <paramref name="Chips"/> is the same as short labels the UI can show.</summary>
public sealed record ParsedQuery(
    IReadOnlyList<string> Terms,
    decimal? MinPrice,
    decimal? MaxPrice,
    IReadOnlyList<string> Colours,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Sizes,
    string? Category,
    IReadOnlyList<string> Excluded,
    SearchSort Sort,
    IReadOnlyList<string> Chips);
