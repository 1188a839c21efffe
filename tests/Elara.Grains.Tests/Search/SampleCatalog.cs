using Elara.Grains.Search;

namespace Elara.Grains.Tests.Search;

/// <summary>A small hand-made catalog whose answers can be worked out by reading it.</summary>
public static class SampleCatalog
{
    public static SearchDocument Product(
        string id,
        string name,
        string category,
        decimal price,
        string? colour = null,
        string? material = null,
        int stock = 5,
        double popularity = 0.5,
        string description = "",
        string? size = null,
        int ageDays = 0)
    {
        var attributes = new Dictionary<string, string>();
        if (colour is not null)
        {
            attributes["Colour"] = colour;
        }

        if (material is not null)
        {
            attributes["Material"] = material;
        }

        if (size is not null)
        {
            attributes["Size"] = size;
        }

        return new SearchDocument(id, name, category, description, attributes, price, stock, popularity,
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-ageDays));
    }

    public static IReadOnlyList<SearchDocument> Products { get; } =
    [
        Product("p1", "Red Hanging Heart Lantern", "Lighting", 4.50m, "red", "metal", popularity: 0.9, ageDays: 30),
        Product("p2", "Blue Glass Lantern", "Lighting", 12m, "blue", "glass", popularity: 0.5, ageDays: 2),
        Product("p3", "White Paper Lantern", "Lighting", 3m, "white", "paper", popularity: 0.3, ageDays: 10),
        Product("p4", "Scented Candle Jar", "Candles", 6m, "cream", "glass", popularity: 0.7, description: "Vanilla scent in a glass jar"),
        Product("p5", "Tealight Candles Box of 12", "Candles", 2.50m, "white", "wax", popularity: 0.8),
        Product("p6", "Plastic Lunch Box", "Kitchen", 3.99m, "green", "plastic", popularity: 0.4),
        Product("p7", "Glass Storage Jar with Lid", "Kitchen", 5.50m, "clear", "glass", popularity: 0.6),
        Product("p8", "Purple Velvet Cushion", "Home & Garden", 15m, "purple", "velvet", popularity: 0.2, size: "large"),
        Product("p9", "LED Flashlight", "Home & Garden", 9m, "black", "metal", popularity: 0.1),
        Product("p10", "Red Enamel Mug", "Kitchen", 7m, "red", "enamel", stock: 0, popularity: 0.5),
        Product("p11", "Star Fairy Lights", "Lighting", 8m, "gold", "metal", popularity: 0.65),
        Product("p12", "Fairy Lights Warm White", "Lighting", 10m, "white", "copper", popularity: 0.55),
        Product("p13", "Wooden Storage Box", "Storage", 14m, "brown", "wood", popularity: 0.35, size: "large"),
        Product("p14", "Small Wooden Box", "Storage", 6.50m, "brown", "wood", popularity: 0.25, size: "small"),
    ];

    public static CatalogSearchIndex Index()
    {
        var index = new CatalogSearchIndex();
        index.UpsertMany(Products);
        return index;
    }
}
