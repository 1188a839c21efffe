namespace Elara.Grains.Catalog;

/// <summary>One page of a product list; <paramref name="Total"/> counts every matching product.</summary>
public sealed record ProductPage(IReadOnlyList<ProductSummary> Items, int Page, int PageSize, int Total);
