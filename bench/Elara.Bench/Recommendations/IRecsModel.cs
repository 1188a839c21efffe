namespace Elara.Bench.Recommendations;

/// <summary>A recommender under evaluation: the top <paramref name="count"/> products for a customer, best first.</summary>
public interface IRecsModel
{
    string Name { get; }

    /// <param name="excluded">Products that must not be ranked (the "new" variant's history; empty for "all").</param>
    IReadOnlyList<string> Recommend(string customer, IReadOnlySet<string> excluded, int count);
}
