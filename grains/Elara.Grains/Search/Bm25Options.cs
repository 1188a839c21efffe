namespace Elara.Grains.Search;

/// <summary>
/// BM25F parameters: one saturation <paramref name="K1"/>, and per field (in <see cref="SearchField"/> order) a weight
/// and a length normalisation <c>b</c>. Names weigh most because shoppers type what the product is called.
/// </summary>
public sealed record Bm25Options(double K1, double[] FieldWeights, double[] LengthNormalisation)
{
    public static Bm25Options Default { get; } = new(1.2, [3.0, 2.0, 1.5, 1.0], [0.5, 0.3, 0.5, 0.75]);
}
