using System.Globalization;
using Elara.Bench.Search.Catalogs;
using Elara.Grains.Search;

namespace Elara.Bench.Search.Queries;

/// <summary>
/// What shoppers type into a shop's search box, in proportions a gift shop's logs might show: single words (30%),
/// two or three words (25%), the same with a typo (15%), a price bound in the text (15%), and a category or
/// price-range filter from the facets beside some words (15%).
/// </summary>
public static class QueryMix
{
    public static IReadOnlyList<MixQuery> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var queries = new MixQuery[count];
        for (var i = 0; i < count; i++)
        {
            var kind = SyntheticCatalog.Kinds[random.Next(SyntheticCatalog.Kinds.Length)];
            var colour = Pick(SyntheticCatalog.Colours, random);
            var material = Pick(SyntheticCatalog.Materials, random);
            var style = Pick(SyntheticCatalog.Styles, random);
            var type = kind.Name.ToLowerInvariant();
            var words = random.Next(3) switch
            {
                0 => $"{colour} {type}",
                1 => $"{material} {type}",
                _ => $"{style} {colour} {type}",
            };
            var roll = random.NextDouble();
            queries[i] = roll switch
            {
                < 0.30 => new MixQuery(
                    "single word", new SearchQuery(random.Next(3) switch { 0 => type.Split(' ')[^1], 1 => colour, _ => material })),
                < 0.55 => new MixQuery("multi-word", new SearchQuery(words)),
                < 0.70 => new MixQuery("multi-word with a typo", new SearchQuery(WithTypo(words, random))),
                < 0.85 => new MixQuery(
                    "price bound in text", new SearchQuery($"{type} under £{Math.Ceiling(kind.BasePrice * 1.2m).ToString(CultureInfo.InvariantCulture)}")),
                _ => random.Next(2) == 0
                    ? new MixQuery("category filter", new SearchQuery(colour, Category: kind.Category))
                    : new MixQuery("price range filter", new SearchQuery(type, MinPrice: kind.BasePrice / 2, MaxPrice: kind.BasePrice)),
            };
        }

        return queries;
    }

    static string Pick(string[] words, Random random) => words[random.Next(words.Length)].ToLowerInvariant();

    static string WithTypo(string text, Random random)
    {
        var words = text.Split(' ');
        var eligible = Array.FindAll(Enumerable.Range(0, words.Length).ToArray(), i => words[i].Length >= 5);
        if (eligible.Length > 0)
        {
            var at = eligible[random.Next(eligible.Length)];
            words[at] = Typos.Make(words[at], random);
        }

        return string.Join(' ', words);
    }
}
