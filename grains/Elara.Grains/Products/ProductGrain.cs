using Elara.Grains.Catalog;
using Elara.Grains.Errors;
using Elara.Grains.Persistence;
using Elara.Runtime;
using Elara.Runtime.State;
using Elara.Runtime.Streams;

namespace Elara.Grains.Products;

/// <summary>
/// One product. Stock, reservations and prices are stored before a call returns; behaviour counters are written a few
/// seconds later (or at deactivation), since losing a few views in a crash costs nothing. Every stored change is
/// published on <see cref="ProductChangeStream"/>; counters with their deferred write, so a burst of views is one change.
/// </summary>
public sealed class ProductGrain(
    [PersistentState("product")] IPersistentState<ProductState> product,
    TimeProvider clock,
    IStreamProvider streams) : Grain, IProductGrain
{
    readonly DeferredWrite counters = new(async cancellationToken =>
    {
        await product.WriteStateAsync(cancellationToken);
        await PublishAsync(streams, product.State);
    });

    public Task<ProductView?> GetAsync() => Task.FromResult(product.State.Exists ? product.State.ToView() : null);

    public async Task<ProductView> UpsertAsync(NewProduct update)
    {
        if (update.Id != GetPrimaryKeyString())
        {
            throw ShopException.Invalid($"product id '{update.Id}' does not match '{GetPrimaryKeyString()}'");
        }

        ProductRules.Check(update);
        await SaveAsync(product.State.With(update, product.State.Exists ? "import" : "created", clock.GetUtcNow()));
        return product.State.ToView();
    }

    public async Task<ProductView> UpdateAsync(ProductChange change)
    {
        if (!product.State.Exists)
        {
            throw ShopException.NotFound($"product '{GetPrimaryKeyString()}' does not exist");
        }

        var update = product.State.Apply(change);
        ProductRules.Check(update);
        await SaveAsync(product.State.With(update, "admin", clock.GetUtcNow()));
        return product.State.ToView();
    }

    public async Task<bool> ReserveAsync(string orderId, int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        if (product.State.Holds(orderId))
        {
            return true;
        }

        if (!product.State.Exists || product.State.Stock < quantity)
        {
            return false;
        }

        await SaveAsync(product.State.WithReservation(orderId, quantity, clock.GetUtcNow()));
        return true;
    }

    public Task ReleaseAsync(string orderId) => SaveAsync(product.State.WithRelease(orderId, clock.GetUtcNow()));

    public Task CommitAsync(string orderId) => SaveAsync(product.State.WithCommit(orderId));

    public Task RecordAsync(BehaviourCount kind, int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);

        // Counts for an id no product has would create a record for it, so they are dropped.
        if (product.State.Exists)
        {
            product.State = product.State.WithCount(kind, quantity);
            counters.Schedule(RegisterGrainTimer);
        }

        return Task.CompletedTask;
    }

    public Task RecordBasketAsync(IReadOnlyList<string> productIds)
    {
        // Derived data, like the counters: written with them a little later.
        if (product.State.Exists)
        {
            product.State = product.State.WithBasket(productIds);
            counters.Schedule(RegisterGrainTimer);
        }

        return Task.CompletedTask;
    }

    public async Task<ProductReviews> ReviewAsync(ProductReview review)
    {
        if (!product.State.Exists)
        {
            throw ShopException.NotFound($"product '{GetPrimaryKeyString()}' does not exist");
        }

        if (review.Rating is < 1 or > 5 || review.Text.Length > ProductReview.MaxText || review.Text.Any(c => char.IsControl(c) && c is not ('\n' or '\r')))
        {
            throw ShopException.Invalid($"a review has 1 to 5 stars and at most {ProductReview.MaxText} printable characters");
        }

        // Stored before the shopper hears back, without publishing a product change: a review changes no listing.
        product.State = product.State.WithReview(review with { Text = review.Text.Trim() });
        await product.WriteStateAsync();
        return product.State.ToReviews(ProductState.ReviewsKept);
    }

    public Task<ProductReviews> GetReviewsAsync(int limit) => Task.FromResult(product.State.ToReviews(limit));

    public Task<BasketPartners> GetBasketPartnersAsync(int limit) => Task.FromResult(product.State.ToBasketPartners(limit));

    /// <summary>Stores a change before the caller hears back, and tells the catalog when the product's summary changed.</summary>
    async Task SaveAsync(ProductState next)
    {
        var previous = product.State;
        if (next == previous)
        {
            return;
        }

        product.State = next;
        await product.WriteStateAsync();
        counters.Cancel();
        var summary = next.ToSummary();
        if (!previous.Exists || summary != previous.ToSummary())
        {
            await GrainFactory.GetGrain<ICatalogGrain>(CatalogKeys.Main).UpsertAsync(summary);
        }

        await PublishAsync(streams, next);
    }

    static Task PublishAsync(IStreamProvider streams, ProductState state) =>
        streams.GetStream<ProductChanged>(ProductChangeStream.Id).OnNextAsync(ProductChanged.From(state.ToView()));
}
