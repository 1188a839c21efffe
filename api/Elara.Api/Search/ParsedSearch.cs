using Elara.Grains.Search;

namespace Elara.Api.Search;

/// <summary>What the search understood of the query, with the sort by its API name and chips for the UI.</summary>
public sealed record ParsedSearch(
    IReadOnlyList<string> Terms,
    decimal? MinPrice,
    decimal? MaxPrice,
    IReadOnlyList<string> Colours,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Sizes,
    string? Category,
    IReadOnlyList<string> Excluded,
    string Sort,
    IReadOnlyList<string> Chips)
{
    public static ParsedSearch From(ParsedQuery parsed) => new(
        parsed.Terms,
        parsed.MinPrice,
        parsed.MaxPrice,
        parsed.Colours,
        parsed.Materials,
        parsed.Sizes,
        parsed.Category,
        parsed.Excluded,
        SearchSorts.NameOf(parsed.Sort),
        parsed.Chips);
}
