using Elara.Grains.Products;
using Elara.Grains.Recommenders;
using Elara.Grains.SearchIndex;
using Elara.Grains.Trending;
using Elara.Runtime;
using Elara.Runtime.Streams;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Elara.Grains.Recommendations;

/// <summary>
/// This silo's recommendation model: the item graph (learned live from the item-graph stream; warmed at start-up from the
/// basket companions products store), the shelf of the silo's catalog index, and a short-lived copy of what is popular
/// and trending. User grains and the recommendation grain rank against it; many read at once, one learns at a time.
/// </summary>
public sealed partial class SiloRecommendationModel(
    IGrainFactory grains,
    IStreamProvider streams,
    SiloCatalogIndex catalog,
    HostedProductVectors hosted,
    RecommenderOptions options,
    TimeProvider clock,
    ILogger<SiloRecommendationModel> logger) : IHostedService, IAsyncObserver<ItemGraphChange>
{
    const int PopularKept = 60;
    const int TrendingKept = 20;
    const int WarmBatch = 64;

    /// <summary>Popularity moves over minutes; a copy this old saves a trending call per request.</summary>
    static readonly TimeSpan PopularAge = TimeSpan.FromSeconds(10);

    static readonly TimeSpan CatalogWait = TimeSpan.FromMinutes(2);

    readonly ItemGraph graph = new(options);
    readonly HybridRanker ranker = new(options);
    readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    readonly CancellationTokenSource stopping = new();
    volatile Tuple<DateTimeOffset, IReadOnlyList<PopularProduct>> popular = Tuple.Create(DateTimeOffset.MinValue, (IReadOnlyList<PopularProduct>)[]);
    Task warming = Task.CompletedTask;
    int refreshing;
    StreamSubscriptionHandle? subscription;

    public RecommenderOptions Options => options;

    /// <summary>The products as recommenders see them: the catalog index's, with hosted vectors when configured and complete.</summary>
    public ProductVectorIndex Shelf() => hosted.Apply(catalog.Shelf());

    /// <summary>The shelf for learning from events: possibly a moment old, never waiting for an index rebuild.</summary>
    public ProductVectorIndex RecentShelf() => hosted.Apply(catalog.RecentShelf());

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = await streams.GetStream<ItemGraphChange>(ItemGraphStream.Id).SubscribeAsync(this);
        warming = WarmAsync(stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await warming;
        if (subscription is not null)
        {
            await subscription.UnsubscribeAsync();
        }
    }

    public Task OnNextAsync(ItemGraphChange item, StreamId stream)
    {
        gate.EnterWriteLock();
        try
        {
            graph.Apply(item);
        }
        finally
        {
            gate.ExitWriteLock();
        }

        return Task.CompletedTask;
    }

    public IReadOnlyList<RankedItem> Rank(RankingRequest request)
    {
        var shelf = Shelf();
        gate.EnterReadLock();
        try
        {
            return ranker.Rank(request, graph, shelf);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Popular products (counters) and trending ones (the trending grain's last hour), each scaled to 0..1.</summary>
    public async Task<IReadOnlyList<PopularProduct>> PopularAsync()
    {
        var copy = popular;

        // One request refreshes the copy; the others rank with the one they have meanwhile.
        if (clock.GetUtcNow() - copy.Item1 < PopularAge || Interlocked.Exchange(ref refreshing, 1) == 1)
        {
            return copy.Item2;
        }

        try
        {
            var list = catalog.MostPopular(PopularKept).Select(p => new PopularProduct(p.ProductId, p.Popularity, Trending: false)).ToList();
            var trending = await TrendingAsync();
            var best = trending.Count == 0 ? 0 : trending.Max(t => t.Score);
            foreach (var t in trending.Where(t => best > 0))
            {
                list.RemoveAll(p => p.ProductId == t.ProductId);
                list.Add(new PopularProduct(t.ProductId, t.Score / best, Trending: true));
            }

            popular = Tuple.Create(clock.GetUtcNow(), (IReadOnlyList<PopularProduct>)list);
            return list;
        }
        finally
        {
            Volatile.Write(ref refreshing, 0);
        }
    }

    async Task<IReadOnlyList<TrendingProduct>> TrendingAsync()
    {
        try
        {
            return await grains.GetGrain<ITrendingGrain>(TrendingKeys.Main).TopAsync(TrendingWindow.OneHour, null, TrendingKept);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Recommendations stand without trends (popularity remains); say so once per refresh.
            LogTrendingFailed(e);
            return [];
        }
    }

    /// <summary>Loads every product's stored basket companions once the catalog index has products, so a restart keeps "bought together".</summary>
    async Task WarmAsync(CancellationToken cancellationToken)
    {
        try
        {
            var started = clock.GetTimestamp();
            while (catalog.Count == 0 && clock.GetElapsedTime(started) < CatalogWait)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), clock, cancellationToken);
            }

            var rows = 0;
            foreach (var batch in catalog.RecentShelf().ProductIds.ToList().Chunk(WarmBatch))
            {
                var partners = await Task.WhenAll(batch.Select(id => grains.GetGrain<IProductGrain>(id).GetBasketPartnersAsync(options.MaxPartners)));
                gate.EnterWriteLock();
                try
                {
                    for (var i = 0; i < batch.Length; i++)
                    {
                        if (partners[i].Baskets > 0)
                        {
                            graph.AddBasketPartners(batch[i], partners[i].Baskets, partners[i].Partners.Select(p => (p.ProductId, p.Baskets)));
                            rows++;
                        }
                    }
                }
                finally
                {
                    gate.ExitWriteLock();
                }
            }

            LogWarmed(rows, clock.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The graph then learns from live events only; recommendations keep working on content and popularity.
            LogWarmFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recommendations: item graph warmed with the baskets of {Products} products in {Milliseconds:F0} ms")]
    partial void LogWarmed(int products, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recommendations: warming the item graph from stored baskets failed")]
    partial void LogWarmFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recommendations: trending products unavailable; ranking with popularity only")]
    partial void LogTrendingFailed(Exception exception);
}
