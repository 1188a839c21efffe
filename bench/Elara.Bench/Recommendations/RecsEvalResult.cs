namespace Elara.Bench.Recommendations;

public sealed record RecsEvalResult(
    string File,
    DateOnly Split,
    int K,
    int Purchases,
    int TrainPurchases,
    int CatalogSize,
    int Customers,
    IReadOnlyList<VariantResult> Variants,
    IReadOnlyDictionary<string, double> FitSeconds,
    IReadOnlyDictionary<string, double> MillisecondsPerList);
