using Elara.Grains.Search;

namespace Elara.Bench.Search.Catalogs;

/// <summary>
/// A deterministic home-and-gift catalog of any size, made from word lists: "Vintage Teal Ceramic Mug" with a
/// description, colour/material/style attributes, a price around its kind's, stock (one in twenty sold out) and a
/// skewed popularity.
/// </summary>
public static class SyntheticCatalog
{
    public static readonly ProductKind[] Kinds =
    [
        new("Table Lamp", "Lighting", 45), new("Lantern", "Lighting", 18), new("String Lights", "Lighting", 15),
        new("Candle Holder", "Lighting", 9), new("Pendant Shade", "Lighting", 35), new("Tealight Holder", "Lighting", 6),
        new("Mug", "Kitchen", 8), new("Teapot", "Kitchen", 24), new("Bowl", "Kitchen", 10), new("Dinner Plate", "Kitchen", 12),
        new("Jug", "Kitchen", 16), new("Cake Stand", "Kitchen", 22), new("Tea Towel", "Kitchen", 7), new("Chopping Board", "Kitchen", 19),
        new("Cushion", "Home Decor", 20), new("Throw", "Home Decor", 40), new("Vase", "Home Decor", 18), new("Mirror", "Home Decor", 55),
        new("Wall Clock", "Home Decor", 30), new("Photo Frame", "Home Decor", 12), new("Doorstop", "Home Decor", 14), new("Rug", "Home Decor", 75),
        new("Storage Basket", "Home Decor", 22), new("Planter", "Garden", 16), new("Watering Can", "Garden", 18), new("Bird Feeder", "Garden", 13),
        new("Plant Pot", "Garden", 9), new("Tote Bag", "Bags", 12), new("Backpack", "Bags", 38), new("Purse", "Bags", 15),
        new("Wallet", "Bags", 20), new("Jigsaw Puzzle", "Toys", 14), new("Teddy Bear", "Toys", 16), new("Wooden Train", "Toys", 25),
        new("Notebook", "Stationery", 6), new("Pencil Case", "Stationery", 8), new("Journal", "Stationery", 12), new("Greeting Card", "Stationery", 3),
        new("Scarf", "Clothing", 22), new("Apron", "Clothing", 15), new("Socks", "Clothing", 6), new("Beanie Hat", "Clothing", 14),
    ];

    public static readonly string[] Colours =
        ["Red", "Blue", "Green", "Yellow", "Pink", "White", "Black", "Grey", "Navy", "Ivory", "Teal", "Mustard", "Sage", "Terracotta", "Lilac", "Copper"];

    public static readonly string[] Materials =
        ["Ceramic", "Wooden", "Glass", "Cotton", "Linen", "Wool", "Metal", "Enamel", "Bamboo", "Leather", "Velvet", "Rattan", "Stoneware", "Brass"];

    public static readonly string[] Styles =
        ["Vintage", "Scandi", "Rustic", "Modern", "Retro", "Floral", "Striped", "Spotty", "Botanical", "Geometric", "Boho", "Classic", "Coastal", "Art Deco"];

    static readonly string[] Motifs = ["Heart", "Star", "Bird", "Leaf", "Moon", "Fox", "Bee", "Daisy", "Owl", "Whale", "Cactus", "Lemon"];

    static readonly string[] Sentences =
    [
        "Hand finished, so each one is slightly different.",
        "Makes a thoughtful gift for a new home.",
        "Wipe clean with a damp cloth.",
        "Part of our best-selling collection.",
        "Designed in our Bristol studio.",
        "Pairs well with the rest of the range.",
        "Sustainably sourced and packed without plastic.",
        "A cheerful touch for kitchens, hallways and bedrooms.",
    ];

    static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<SearchDocument> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var products = new SearchDocument[count];
        for (var i = 0; i < count; i++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var colour = Colours[random.Next(Colours.Length)];
            var material = Materials[random.Next(Materials.Length)];
            var style = Styles[random.Next(Styles.Length)];
            var motif = random.Next(3) == 0 ? Motifs[random.Next(Motifs.Length)] + " " : "";
            var size = random.Next(5) switch { 0 => "Small ", 1 => "Large ", _ => "" };
            var name = $"{style} {colour} {size}{motif}{material} {kind.Name}";
            var description = $"A {style.ToLowerInvariant()} {kind.Name.ToLowerInvariant()} in {colour.ToLowerInvariant()} " +
                $"{material.ToLowerInvariant()}. {Sentences[random.Next(Sentences.Length)]} {Sentences[random.Next(Sentences.Length)]}";
            var price = Math.Max(1, Math.Round(kind.BasePrice * (decimal)(0.6 + random.NextDouble()), 0)) - 0.01m;
            products[i] = new SearchDocument(
                $"p{i:D6}",
                name,
                kind.Category,
                description,
                new Dictionary<string, string> { ["colour"] = colour, ["material"] = material, ["style"] = style },
                price,
                random.Next(20) == 0 ? 0 : random.Next(1, 200),
                Math.Pow(random.NextDouble(), 4),
                Epoch.AddMinutes(i));
        }

        return products;
    }
}
