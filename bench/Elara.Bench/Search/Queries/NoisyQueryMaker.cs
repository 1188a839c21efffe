using System.Globalization;
using Elara.Grains.Search;

namespace Elara.Bench.Search.Queries;

/// <summary>
/// Turns a product's name into what a shopper looking for it might type: one or two of a dropped word, a
/// plural/singular swap of the last word, a typo and a different word order (one in ten queries stays clean as a
/// reference), and in one of four queries a price bound above the product's price. Seeded, so a run can be repeated.
/// </summary>
public sealed class NoisyQueryMaker(int seed)
{
    const double CleanShare = 0.10;
    const double PriceBoundShare = 0.25;

    readonly Random random = new(seed);

    public KnownItemQuery Make(SearchDocument product)
    {
        var words = product.Name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var noise = new List<NoiseKind>();
        if (random.NextDouble() >= CleanShare)
        {
            // Applied in the enum's order: dropping first, so no change is lost with a dropped word, and reordering
            // last, so the plural swap still finds the noun at the end.
            var kinds = new[] { NoiseKind.DroppedWord, NoiseKind.PluralSwap, NoiseKind.Typo, NoiseKind.Reordered };
            random.Shuffle(kinds);
            foreach (var kind in kinds.Take(random.Next(1, 3)).Order())
            {
                if (Apply(kind, words))
                {
                    noise.Add(kind);
                }
            }
        }

        var text = string.Join(' ', words);
        decimal? maxPrice = null;
        var typed = text;
        if (random.NextDouble() < PriceBoundShare)
        {
            maxPrice = PriceAbove(product.Price);
            typed = $"{text} under £{maxPrice.Value.ToString("0.##", CultureInfo.InvariantCulture)}";
            noise.Add(NoiseKind.PriceBound);
        }

        if (noise.Count == 0)
        {
            noise.Add(NoiseKind.None);
        }

        return new KnownItemQuery(new EvalQuery(typed, text, maxPrice), product.Id, noise);
    }

    bool Apply(NoiseKind kind, List<string> words)
    {
        switch (kind)
        {
            case NoiseKind.DroppedWord when words.Count >= 3:
                words.RemoveAt(random.Next(words.Count));
                return true;
            case NoiseKind.Reordered when words.Count >= 2:
                var i = random.Next(words.Count);
                var j = (i + 1 + random.Next(words.Count - 1)) % words.Count;
                (words[i], words[j]) = (words[j], words[i]);
                return true;
            case NoiseKind.Typo:
                return Typo(words);
            case NoiseKind.PluralSwap:
                // The last word is usually the noun ("t-light holder" → "t-light holders").
                var last = words.FindLastIndex(w => w.Length >= 3 && w.All(char.IsLetter));
                if (last < 0)
                {
                    return false;
                }

                words[last] = SwapNumber(words[last]);
                return true;
            default:
                return false;
        }
    }

    bool Typo(List<string> words)
    {
        var candidates = Enumerable.Range(0, words.Count).Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)).ToArray();
        if (candidates.Length == 0)
        {
            return false;
        }

        var index = candidates[random.Next(candidates.Length)];
        words[index] = Typos.Make(words[index], random);
        return true;
    }

    public static string SwapNumber(string word) => word switch
    {
        _ when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        _ when word.EndsWith("ss", StringComparison.Ordinal) => word + "es",
        _ when word.EndsWith("es", StringComparison.Ordinal) && word[^3] is 'x' or 'h' or 's' => word[..^2],
        _ when word.EndsWith('s') => word[..^1],
        _ when word.EndsWith('y') && !"aeiou".Contains(word[^2]) => word[..^1] + "ies",
        _ when word[^1] is 'x' or 's' || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) => word + "es",
        _ => word + "s",
    };

    /// <summary>A round bound 10–100% above the price, as a shopper would type it (at least £1 for items under a pound).</summary>
    decimal PriceAbove(decimal price)
    {
        var bound = Math.Ceiling(price * (decimal)(1.1 + (random.NextDouble() * 0.9)));
        return bound > price ? bound : bound + 1;
    }
}
