using Elara.Grains.Catalog;

namespace Elara.Api.Trending;

/// <summary>A trending product as it is now, with its events and weighted score in the window.</summary>
public sealed record TrendingItem(ProductSummary Product, long Events, double Score);
