using Elara.Grains.Persistence;
using Elara.Runtime;
using Elara.Runtime.State;

namespace Elara.Grains.Catalog;

/// <summary>
/// Stores one slice of the catalog. A new product is written at once, so a listing never loses it; changes to listed
/// products (stock moving with every order) are written a few seconds later, since the product grains hold the truth.
/// </summary>
public sealed class CatalogShardGrain([PersistentState("catalog")] IPersistentState<CatalogState> shard) : Grain, ICatalogShardGrain
{
    readonly DeferredWrite changes = new(shard.WriteStateAsync);

    public Task<IReadOnlyList<ProductSummary>> AllAsync() => Task.FromResult<IReadOnlyList<ProductSummary>>([.. shard.State.Products.Values]);

    public async Task UpsertAsync(ProductSummary summary)
    {
        var listed = shard.State.Products.ContainsKey(summary.Id);
        shard.State = shard.State.With(summary);
        if (listed)
        {
            changes.Schedule(RegisterGrainTimer);
        }
        else
        {
            await shard.WriteStateAsync();
            changes.Cancel();
        }
    }
}
