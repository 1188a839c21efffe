using Elara.Grains.Search;

namespace Elara.Bench.Search.Queries;

/// <summary>One query of the benchmark mix and its kind ("single word", "typo", ...), for latency by kind.</summary>
public sealed record MixQuery(string Kind, SearchQuery Query);
