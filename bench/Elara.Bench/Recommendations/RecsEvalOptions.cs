namespace Elara.Bench.Recommendations;

public sealed record RecsEvalOptions(string File, DateOnly Split, int K);
