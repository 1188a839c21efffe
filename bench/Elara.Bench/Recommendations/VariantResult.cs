namespace Elara.Bench.Recommendations;

/// <summary>One variant ("all" or "new"): how many test customers, and each model's scores in run order.</summary>
public sealed record VariantResult(string Name, int Users, IReadOnlyList<(string Model, ListScores Scores)> Models);
