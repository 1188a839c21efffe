using System.Collections.Concurrent;
using Elara.Grains.Catalog;
using Elara.Grains.Products;
using Elara.Grains.Recommenders;
using Elara.Grains.Search;
using Elara.Runtime;
using Elara.Runtime.Streams;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Elara.Grains.SearchIndex;

/// <summary>
/// This silo's replica of the catalog for search. It subscribes to product changes and search clicks when the silo
/// starts, then builds the index from the catalog in the background; changes that arrive meanwhile are applied at
/// once and win over the build's reads.
/// </summary>
public sealed partial class SiloCatalogIndex(
    IGrainFactory grains,
    IStreamProvider streams,
    TimeProvider clock,
    ILogger<SiloCatalogIndex> logger) : IHostedService, IAsyncObserver<ProductChanged>, IAsyncObserver<SearchClicked>
{
    const int ListPageSize = CatalogState.MaxPageSize;
    const int ReadBatchSize = 64;

    /// <summary>How far the best raw popularity may grow before every product's popularity is rescaled.</summary>
    const double RescaleGrowth = 1.1;

    /// <summary>How often the shelf that learning reads may be rebuilt in the background.</summary>
    static readonly TimeSpan ShelfRefresh = TimeSpan.FromSeconds(1);

    readonly CatalogSearchIndex index = new(new SearchIndexOptions(), clock);
    readonly ConcurrentDictionary<string, IndexedProduct> products = new(StringComparer.Ordinal);

    // The index takes one writer at a time; searches read beside it.
    readonly Lock writing = new();
    readonly CancellationTokenSource stopping = new();
    volatile ProductVectorIndex? shelf;
    int buildingShelf;
    long shelfBuiltAt;
    double bestPopularity;
    double scaledTo;
    Task building = Task.CompletedTask;
    List<StreamSubscriptionHandle> subscriptions = [];

    public int Count => index.Count;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        subscriptions =
        [
            await streams.GetStream<ProductChanged>(ProductChangeStream.Id).SubscribeAsync(this),
            await streams.GetStream<SearchClicked>(SearchClickStream.Id).SubscribeAsync(this),
        ];
        building = BuildAsync(stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await building;
        foreach (var subscription in subscriptions)
        {
            await subscription.UnsubscribeAsync();
        }
    }

    public SearchResult Search(SearchQuery query) => index.Search(query);

    public IReadOnlyList<Suggestion> Suggest(string prefix, int limit, IReadOnlyList<string> popularQueries) =>
        index.Suggest(prefix, limit, popularQueries);

    /// <summary>The products as recommenders see them, as fresh as search's view (rebuilt first when the catalog changed).</summary>
    public ProductVectorIndex Shelf() => shelf = index.Shelf();

    /// <summary>
    /// The shelf for learning from events: every shopper event reads it, so it never waits for the index. When the
    /// catalog has changed, the last shelf is answered while a new one is built in the background (at most once a second).
    /// </summary>
    public ProductVectorIndex RecentShelf()
    {
        var cached = shelf;
        if (cached is null)
        {
            return shelf = index.Shelf();
        }

        // At most one rebuild a second: while a catalog is being loaded every event would otherwise start one.
        if (!index.IsCurrent(cached) && clock.GetElapsedTime(Volatile.Read(ref shelfBuiltAt)) >= ShelfRefresh
            && Interlocked.Exchange(ref buildingShelf, 1) == 0)
        {
            _ = Task.Run(() =>
            {
                try
                {
                    shelf = index.Shelf();
                    Volatile.Write(ref shelfBuiltAt, clock.GetTimestamp());
                }
                catch (Exception e)
                {
                    LogShelfFailed(e);
                }
                finally
                {
                    Volatile.Write(ref buildingShelf, 0);
                }
            });
        }

        return cached;
    }

    /// <summary>The most popular products (behaviour counters, scaled so the best is 1), best first.</summary>
    public IReadOnlyList<(string ProductId, double Popularity)> MostPopular(int count) =>
        [.. products.Values
            .Where(p => p.Document.Stock > 0 && p.RawPopularity > 0)
            .OrderByDescending(p => p.RawPopularity)
            .ThenBy(p => p.Document.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(p => (p.Document.Id, bestPopularity > 0 ? p.RawPopularity / bestPopularity : 0))];

    public string? CategoryOf(string productId) => products.TryGetValue(productId, out var product) ? product.Document.Category : null;

    public Task OnNextAsync(ProductChanged item, StreamId stream)
    {
        // A failing replica must not fail the product change that published the item.
        try
        {
            Apply([item], fromBuild: false);
        }
        catch (Exception e)
        {
            LogChangeFailed(e, item.Id);
        }

        return Task.CompletedTask;
    }

    public Task OnNextAsync(SearchClicked item, StreamId stream)
    {
        try
        {
            lock (writing)
            {
                index.RecordClick(item.Query, item.ProductId);
            }
        }
        catch (Exception e)
        {
            LogClickFailed(e, item.ProductId);
        }

        return Task.CompletedTask;
    }

    async Task BuildAsync(CancellationToken cancellationToken)
    {
        try
        {
            var started = clock.GetTimestamp();
            var ids = await ListIdsAsync(cancellationToken);
            var changes = new List<ProductChanged>(ids.Count);
            foreach (var batch in ids.Chunk(ReadBatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var views = await Task.WhenAll(batch.Select(id => grains.GetGrain<IProductGrain>(id).GetAsync()));
                changes.AddRange(views.OfType<ProductView>().Select(ProductChanged.From));
            }

            Apply(changes, fromBuild: true);
            LogBuilt(index.Count, clock.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogBuildStopped();
        }
        catch (Exception e)
        {
            // Search then knows only the products changed since start-up; the shop itself keeps running.
            LogBuildFailed(e);
        }
    }

    async Task<List<string>> ListIdsAsync(CancellationToken cancellationToken)
    {
        var catalog = grains.GetGrain<ICatalogGrain>(CatalogKeys.Main);
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var list = await catalog.ListAsync(null, page, ListPageSize);
            ids.AddRange(list.Items.Select(p => p.Id));
            if (list.Items.Count == 0 || page * ListPageSize >= list.Total)
            {
                return ids;
            }
        }
    }

    void Apply(IReadOnlyList<ProductChanged> changes, bool fromBuild)
    {
        lock (writing)
        {
            // A product already here came from a live change, which is at least as new as the build's read of it.
            var fresh = changes
                .Where(c => !fromBuild || !products.ContainsKey(c.Id))
                .Select(c => new IndexedProduct(Document(c), SearchPopularity.Raw(c.Counters)))
                .ToList();
            foreach (var product in fresh)
            {
                products[product.Document.Id] = product;
                bestPopularity = Math.Max(bestPopularity, product.RawPopularity);
            }

            if (bestPopularity > scaledTo * RescaleGrowth)
            {
                scaledTo = bestPopularity;
                index.UpsertMany(products.Values.Select(Scaled));
            }
            else
            {
                index.UpsertMany(fresh.Select(Scaled));
            }
        }
    }

    SearchDocument Scaled(IndexedProduct product) =>
        product.Document with { Popularity = SearchPopularity.Normalise(product.RawPopularity, scaledTo) };

    static SearchDocument Document(ProductChanged change) => new(
        change.Id, change.Name, change.Category, change.Description, change.Attributes, change.Price, change.Stock, 0, change.UpdatedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index: built with {Count} products in {Milliseconds:F0} ms")]
    partial void LogBuilt(int count, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index: build stopped by shutdown")]
    partial void LogBuildStopped();

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index: build failed; only products changed since start-up are searchable")]
    partial void LogBuildFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index: applying the change of product {ProductId} failed")]
    partial void LogChangeFailed(Exception exception, string productId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recommendations: building the shelf from the catalog index failed")]
    partial void LogShelfFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index: learning from a click on product {ProductId} failed")]
    partial void LogClickFailed(Exception exception, string productId);
}
