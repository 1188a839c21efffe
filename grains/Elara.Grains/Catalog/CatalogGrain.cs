using Elara.Runtime;

namespace Elara.Grains.Catalog;

/// <summary>
/// The product list for browsing, held in memory and answered from there. Its summaries are stored in
/// <see cref="CatalogShardGrain"/>s, read back when the catalog activates.
/// </summary>
public sealed class CatalogGrain : Grain, ICatalogGrain
{
    CatalogState catalog = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var shards = await Task.WhenAll(CatalogShards.Keys(GetPrimaryKeyString()).Select(key => GrainFactory.GetGrain<ICatalogShardGrain>(key).AllAsync()));
        catalog = shards.SelectMany(s => s).Aggregate(catalog, (state, summary) => state.With(summary));
    }

    public async Task UpsertAsync(ProductSummary summary)
    {
        if (catalog.Products.GetValueOrDefault(summary.Id) == summary)
        {
            return;
        }

        await GrainFactory.GetGrain<ICatalogShardGrain>(CatalogShards.KeyFor(GetPrimaryKeyString(), summary.Id)).UpsertAsync(summary);
        catalog = catalog.With(summary);
    }

    public Task<ProductPage> ListAsync(string? category, int page, int pageSize) => Task.FromResult(catalog.Page(category, page, pageSize));

    public Task<IReadOnlyList<CategoryView>> CategoriesAsync() => Task.FromResult(catalog.Categories());

    public Task<int> CountAsync() => Task.FromResult(catalog.Products.Count);
}
