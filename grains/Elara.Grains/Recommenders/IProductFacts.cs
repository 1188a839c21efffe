namespace Elara.Grains.Recommenders;

/// <summary>The catalog as the ranker sees it: facts per product and a nearest-neighbour scan over content vectors.</summary>
public interface IProductFacts
{
    bool TryGet(string productId, out ProductFacts facts);

    /// <summary>The products whose content vectors are closest (cosine) to <paramref name="vector"/>, closest first.</summary>
    IReadOnlyList<(string ProductId, double Similarity)> Nearest(ReadOnlySpan<float> vector, int count);

    /// <summary>Up to <paramref name="count"/> products of a category: candidates where vectors say nothing (small catalogs).</summary>
    IReadOnlyList<string> InCategory(string category, int count);
}
