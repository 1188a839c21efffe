namespace Elara.Bench.Search.Eval;

/// <summary>Options of <c>eval search --mode known-item</c>.</summary>
public sealed record KnownItemOptions(string Data, int Queries, int Seed);
