namespace Elara.Grains.Assistant;

/// <summary>
/// Which demo-shop departments suit a recipient or an occasion (0..1), fed to the search's personal re-rank in place
/// of the shopper's own taste: a present for a mum should not look like the shopper's own browsing. Categories a shop
/// does not have simply never match.
/// </summary>
public static class GiftAffinity
{
    static readonly Dictionary<string, Dictionary<string, double>> ByRecipient = new(StringComparer.Ordinal)
    {
        ["mum"] = new() { ["Home Decor"] = 1, ["Bath"] = 0.9, ["Jewellery"] = 0.8, ["Textiles"] = 0.7, ["Garden"] = 0.5 },
        ["grandma"] = new() { ["Textiles"] = 1, ["Garden"] = 0.9, ["Home Decor"] = 0.8, ["Kitchen"] = 0.6 },
        ["dad"] = new() { ["Garden"] = 1, ["Kitchen"] = 0.8, ["Outdoor & Picnic"] = 0.8, ["Stationery"] = 0.6 },
        ["grandad"] = new() { ["Garden"] = 1, ["Outdoor & Picnic"] = 0.8, ["Stationery"] = 0.6 },
        ["partner"] = new() { ["Jewellery"] = 1, ["Home Decor"] = 0.8, ["Bath"] = 0.8, ["Lighting"] = 0.6 },
        ["friend"] = new() { ["Home Decor"] = 1, ["Bath"] = 0.9, ["Stationery"] = 0.7, ["Kitchen"] = 0.6 },
        ["child"] = new() { ["Toys"] = 1, ["Party"] = 0.6, ["Stationery"] = 0.5 },
        ["colleague"] = new() { ["Stationery"] = 1, ["Kitchen"] = 0.6, ["Bath"] = 0.6 },
        ["pet"] = new() { ["Pet Supplies"] = 1 },
    };

    static readonly Dictionary<string, Dictionary<string, double>> ByOccasion = new(StringComparer.Ordinal)
    {
        ["christmas"] = new() { ["Christmas"] = 1 },
        ["birthday"] = new() { ["Party"] = 0.6 },
        ["housewarming"] = new() { ["Home Decor"] = 1, ["Kitchen"] = 0.8, ["Lighting"] = 0.7 },
        ["wedding"] = new() { ["Home Decor"] = 1, ["Kitchen"] = 0.9 },
        ["valentine's day"] = new() { ["Jewellery"] = 1, ["Bath"] = 0.7 },
    };

    /// <summary>The blended affinity, or null when neither is known (the shopper's own taste then personalises).</summary>
    public static IReadOnlyDictionary<string, double>? For(string? recipient, string? occasion)
    {
        var parts = new[] { Lookup(ByRecipient, recipient), Lookup(ByOccasion, occasion) }.OfType<Dictionary<string, double>>().ToList();
        return parts.Count == 0
            ? null
            : parts.SelectMany(p => p).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Max(p => p.Value));
    }

    static Dictionary<string, double>? Lookup(Dictionary<string, Dictionary<string, double>> table, string? key) =>
        key is not null && table.TryGetValue(key, out var value) ? value : null;
}
