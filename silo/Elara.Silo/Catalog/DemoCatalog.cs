using System.Globalization;
using Elara.Grains.Products;
using Elara.Runtime;

namespace Elara.Silo.Catalog;

/// <summary>
/// Writes the demo shop's products from <see cref="DemoCategories"/>. Every choice is a hash of the product id and of
/// what is being chosen, so an id always names the same product on every machine and every run, without a Random.
/// </summary>
public static class DemoCatalog
{
    static readonly decimal[] PriceEndings = [0.99m, 0.49m, 0.95m, 0.50m, 0.00m, 0.75m];

    public static IReadOnlyList<NewProduct> Generate() => [.. DemoCategories.All.SelectMany(Write)];

    static IEnumerable<NewProduct> Write(DemoCategory category)
    {
        if (category.ProductCount > category.Items.Count * category.Styles.Count)
        {
            throw new InvalidOperationException(
                $"Demo category '{category.Slug}' wants {category.ProductCount} products but has only {category.Items.Count * category.Styles.Count} style and item pairs.");
        }

        for (var index = 0; index < category.ProductCount; index++)
        {
            yield return Write(category, index);
        }
    }

    static NewProduct Write(DemoCategory category, int index)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{category.Slug}-{index + 1:0000}");
        var itemIndex = index % category.Items.Count;
        var item = category.Items[itemIndex];

        // Each round through the items moves to another style, so (style, item) pairs, and with them names, never repeat.
        var style = category.Styles[(index / category.Items.Count + itemIndex * 2) % category.Styles.Count];
        var material = Pick(item.Materials, id, "material");
        var colour = Pick(category.Colours, id, "colour");
        var sizeIndex = Roll(id, "size", category.Sizes.Count);
        var brand = Pick(category.Brands, id, "brand");
        var name = $"{style} {material} {item.Noun}";
        var attributes = new Dictionary<string, string>
        {
            ["colour"] = colour,
            ["material"] = material,
            ["size"] = category.Sizes[sizeIndex],
            ["brand"] = brand,
        };
        return new NewProduct(
            id,
            name,
            Describe(category, id, name, brand, colour),
            category.Name,
            Price(item, sizeIndex, id),
            3 + Roll(id, "stock", 118),
            attributes,
            ProductImages.UrlFor(id));
    }

    /// <summary>Two or three sentences: who makes it and in what colour, then one or two of the category's features.</summary>
    static string Describe(DemoCategory category, string id, string name, string brand, string colour)
    {
        var opening = $"From {brand}, the {name} comes in {colour.ToLowerInvariant()}.";
        var first = Roll(id, "feature", category.Features.Count);
        if (Roll(id, "sentences", 3) == 0)
        {
            return $"{opening} {category.Features[first]}";
        }

        var second = (first + 1 + Roll(id, "second-feature", category.Features.Count - 1)) % category.Features.Count;
        return $"{opening} {category.Features[first]} {category.Features[second]}";
    }

    /// <summary>A price inside the item's range, higher for bigger sizes, with the endings shops use (4.99, 12.50, 30.00).</summary>
    static decimal Price(DemoItem item, int sizeIndex, string id)
    {
        var fraction = Roll(id, "price", 10_000) / 10_000m;
        var raw = (item.MinPrice + (item.MaxPrice - item.MinPrice) * fraction) * (1m + 0.15m * sizeIndex);
        return Math.Max(1m, decimal.Floor(raw)) + PriceEndings[Roll(id, "ending", PriceEndings.Length)];
    }

    static string Pick(IReadOnlyList<string> words, string id, string facet) => words[Roll(id, facet, words.Count)];

    static int Roll(string id, string facet, int count)
    {
        var x = StableHash.Of($"{id}/{facet}");

        // FNV-1a's low bits follow the last characters closely; a final mix (MurmurHash3's) spreads every input bit.
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        return (int)(x % (ulong)count);
    }
}
