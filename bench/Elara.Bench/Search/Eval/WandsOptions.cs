namespace Elara.Bench.Search.Eval;

/// <summary>Options of <c>eval search --mode wands</c>: the three files of the WANDS set.</summary>
public sealed record WandsOptions(string Products, string Queries, string Labels);
