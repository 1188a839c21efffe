namespace Elara.Grains.Search;

/// <summary>
/// When nothing matches, constraints parsed from the text are loosened one at a time, least important first:
/// colour, size, material, "cheap", then the parsed price bound. Explicit API filters are never loosened.
/// </summary>
public static class Relaxation
{
    /// <summary>Each step: what to say ("colour red") and the looser constraints; steps build on each other.</summary>
    public static IEnumerable<(string Label, SearchConstraints Constraints, bool KeepCheap)> Steps(
        SearchConstraints constraints, ParsedQuery parsed, SearchQuery query, bool cheap)
    {
        var current = constraints;
        if (current.Colours.Count > 0)
        {
            current = current with { Colours = [] };
            yield return ($"colour {string.Join("/", parsed.Colours)}", current, cheap);
        }

        if (current.Sizes.Count > 0)
        {
            current = current with { Sizes = [] };
            yield return ($"size {string.Join("/", parsed.Sizes)}", current, cheap);
        }

        if (current.Materials.Count > 0)
        {
            current = current with { Materials = [] };
            yield return ($"material {string.Join("/", parsed.Materials)}", current, cheap);
        }

        if (cheap)
        {
            yield return ("cheap", current, false);
        }

        var min = query.MinPrice is null ? parsed.MinPrice : null;
        var max = query.MaxPrice is null ? parsed.MaxPrice : null;
        if (min is not null || max is not null)
        {
            current = current with
            {
                MinPrice = min is null ? current.MinPrice : null,
                MaxPrice = max is null ? current.MaxPrice : null,
            };
            yield return ($"price {PriceLabel.Bounds(min, max)}", current, false);
        }
    }
}
