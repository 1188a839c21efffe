using Elara.Runtime;

namespace Elara.Grains.Catalog;

/// <summary>
/// One slice of a catalog's summaries (key: see <see cref="CatalogShards"/>), stored on its own so that adding a product
/// writes a small slice instead of the whole catalog. Only the catalog grain calls it.
/// </summary>
public interface ICatalogShardGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<IReadOnlyList<ProductSummary>> AllAsync();

    /// <summary>Stores a new product before returning; a change to a listed one is written a few seconds later.</summary>
    Task UpsertAsync(ProductSummary summary);
}
