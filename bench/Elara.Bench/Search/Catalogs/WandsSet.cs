using Elara.Grains.Search;

namespace Elara.Bench.Search.Catalogs;

/// <summary>The WANDS catalog and its judged queries.</summary>
public sealed record WandsSet(IReadOnlyList<SearchDocument> Products, IReadOnlyList<WandsQuery> Queries);
