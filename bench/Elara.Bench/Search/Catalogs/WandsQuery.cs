namespace Elara.Bench.Search.Catalogs;

/// <summary>A WANDS query and its judged products' gains (Exact 2, Partial 1, Irrelevant 0).</summary>
public sealed record WandsQuery(string Id, string Text, IReadOnlyDictionary<string, int> Gains);
