using Elara.Grains.Catalog;

namespace Elara.Silo.Simulation;

/// <summary>
/// The catalog as the simulator last read it, with each persona's taste precomputed: a product's weight is the persona's
/// affinity for its category times its price appeal, and out-of-stock products are seldom looked at.
/// </summary>
public sealed class CatalogSnapshot
{
    const int MinQueryWordLength = 3;
    static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase) { "and", "the", "for", "with", "set", "of" };

    readonly IReadOnlyList<ProductSummary> products;
    readonly Dictionary<string, double[]> cumulativeWeights = [];
    readonly string[][] nameWords;

    public CatalogSnapshot(IReadOnlyList<ProductSummary> products, IEnumerable<Persona> personas)
    {
        this.products = products;
        nameWords = [.. products.Select(p => Words(p.Name))];
        var medianPrice = products
            .GroupBy(p => p.Category)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Price).Order().ElementAt(g.Count() / 2));
        foreach (var persona in personas)
        {
            var cumulative = new double[products.Count];
            var sum = 0.0;
            for (var i = 0; i < products.Count; i++)
            {
                sum += Weight(persona, products[i], medianPrice[products[i].Category]);
                cumulative[i] = sum;
            }

            cumulativeWeights[persona.Name] = cumulative;
        }
    }

    public int Count => products.Count;

    /// <summary>A product this persona would look at, drawn by its weights.</summary>
    public ProductSummary Pick(Persona persona, Random random)
    {
        var cumulative = cumulativeWeights[persona.Name];
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return products[Math.Min(index < 0 ? ~index : index, products.Count - 1)];
    }

    /// <summary>What someone after this product might type: one or two words of its name, lower case.</summary>
    public string QueryFor(ProductSummary product, Random random)
    {
        var words = Words(product.Name).Where(w => w.Length >= MinQueryWordLength && !StopWords.Contains(w) && !w.Any(char.IsDigit)).ToArray();
        if (words.Length == 0)
        {
            return product.Category.ToLowerInvariant();
        }

        var first = random.Next(words.Length);
        return random.Next(2) == 0 || first == words.Length - 1 ? words[first] : $"{words[first]} {words[first + 1]}";
    }

    /// <summary>Products whose name has every word of the query, in catalog order.</summary>
    public IEnumerable<ProductSummary> Search(string query)
    {
        var queryWords = Words(query);
        for (var i = 0; i < products.Count; i++)
        {
            if (queryWords.All(q => nameWords[i].Contains(q, StringComparer.Ordinal)))
            {
                yield return products[i];
            }
        }
    }

    static double Weight(Persona persona, ProductSummary product, decimal categoryMedian)
    {
        var priceAppeal = product.Price > 0 && categoryMedian > 0
            ? Math.Clamp(Math.Pow((double)(categoryMedian / product.Price), persona.PriceSensitivity), 0.05, 20)
            : 1;
        var stockAppeal = product.Stock > 0 ? 1 : 0.2;
        return persona.AffinityFor(product.Category) * priceAppeal * stockAppeal;
    }

    static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', '-', ',', '.', '/', '&', '(', ')', '\''], StringSplitOptions.RemoveEmptyEntries);
}
