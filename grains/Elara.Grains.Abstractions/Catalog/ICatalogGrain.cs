using Elara.Runtime;

namespace Elara.Grains.Catalog;

/// <summary>
/// The shop's product list for browsing (key: <see cref="CatalogKeys.Main"/>): summaries by category, kept current by
/// the product grains. Product grains stay the source of truth for a product's details.
/// </summary>
public interface ICatalogGrain : IGrainWithStringKey
{
    Task UpsertAsync(ProductSummary summary);

    [ReadOnly]
    Task<ProductPage> ListAsync(string? category, int page, int pageSize);

    [ReadOnly]
    Task<IReadOnlyList<CategoryView>> CategoriesAsync();

    [ReadOnly]
    Task<int> CountAsync();
}
