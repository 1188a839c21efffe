using Elara.Grains.Embeddings;
using Elara.Grains.Search;

namespace Elara.Grains.Tests.Embeddings;

/// <summary>
/// A hand-built corpus: "lantern" and "lamp" never share a text but share their neighbours (glow, bulb, shade,
/// candle); "mug" and "teapot" share tea, coffee, cup and kettle. Nothing links the two groups.
/// </summary>
public static class ShopTexts
{
    public static readonly string[] Lighting = ["glow", "bulb", "shade", "candle", "wick"];
    public static readonly string[] Kitchen = ["tea", "coffee", "cup", "kettle", "brew"];

    public static IReadOnlyList<string> Texts { get; } =
    [
        .. Pairs("lantern", Lighting),
        .. Pairs("lamp", Lighting),
        .. Pairs("mug", Kitchen),
        .. Pairs("teapot", Kitchen),
    ];

    public static CatalogEmbeddingModel Train(int seed) =>
        CatalogEmbeddingTrainer.Train([.. Texts.Select(TextAnalyzer.Terms)], EmbeddingOptions.Default, new Random(seed));

    public static float[] Embed(this CatalogEmbeddingModel model, string text)
    {
        var vector = new float[model.Dimensions];
        model.Embed(text, vector);
        return vector;
    }

    /// <summary>The head word with every pair of its group's context words: each pair is one product's text.</summary>
    static IEnumerable<string> Pairs(string head, string[] contexts) =>
        from i in Enumerable.Range(0, contexts.Length)
        from j in Enumerable.Range(i + 1, contexts.Length - i - 1)
        select $"{head} {contexts[i]} {contexts[j]}";
}
