using Elara.Grains.Search;

namespace Elara.Grains.SearchIndex;

/// <summary>A product as the silo's index holds it, with its raw popularity so the scale can be redone.</summary>
public sealed record IndexedProduct(SearchDocument Document, double RawPopularity);
