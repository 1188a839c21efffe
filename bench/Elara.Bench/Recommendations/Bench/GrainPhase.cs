using System.Diagnostics;
using Elara.Bench.Measurement;
using Elara.Bench.Runtime;
using Elara.Grains;
using Elara.Grains.Behaviour;
using Elara.Grains.Persistence;
using Elara.Grains.Products;
using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;
using Elara.Grains.Search;
using Elara.Grains.SearchIndex;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Elara.Bench.Recommendations.Bench;

/// <summary>
/// The in-process part of <c>bench recs</c>: a silo with the shop's grains and memory storage, the catalog created through
/// product grains, shoppers' events through their user grains, then recommendation latency through the runtime and the
/// ranker against <see cref="FullScanRanker"/>.
/// </summary>
public static class GrainPhase
{
    const int Limit = 10;
    const int WarmUpCalls = 2_000;
    const int SimilarCalls = 5_000;
    const int BaselineUsers = 1_000;
    const int CreateConcurrency = 32;
    static readonly TimeSpan IndexWait = TimeSpan.FromMinutes(5);

    /// <summary>How long past the last counter write's due time the phase waits, for the write and its publication.</summary>
    static readonly TimeSpan CounterSettle = TimeSpan.FromSeconds(2);

    public static async Task<GrainPhaseResult> RunAsync(
        RecsBenchOptions options, IReadOnlyList<SearchDocument> products, ShopperSessions sessions, ProgressContext progress, CancellationToken cancellationToken)
    {
        await using var silo = await BenchSilo.StartAsync(ElaraGrains.Assembly, services => services.AddElaraShop(), cancellationToken).ConfigureAwait(false);
        var grains = silo.Grains;
        var index = silo.Services.GetRequiredService<SiloCatalogIndex>();
        var model = silo.Services.GetRequiredService<SiloRecommendationModel>();

        var creating = progress.AddTask($"Grains: create {products.Count:N0} products, wait for the silo's index", maxValue: products.Count);
        var createStarted = Stopwatch.GetTimestamp();
        await BoundedWork.ForEachAsync(products.Count, CreateConcurrency, async i =>
        {
            await grains.GetGrain<IProductGrain>(products[i].Id).UpsertAsync(BenchCatalog.ToNewProduct(products[i])).ConfigureAwait(false);
            creating.Increment(1);
        }, cancellationToken).ConfigureAwait(false);
        var waited = Stopwatch.GetTimestamp();
        while (index.Count < products.Count)
        {
            if (Stopwatch.GetElapsedTime(waited) > IndexWait)
            {
                throw new InvalidOperationException($"The silo's catalog index has {index.Count} of {products.Count} products after {IndexWait}.");
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        // The first read builds the index snapshot and the shelf with its content vectors; events learn from them.
        var shelf = model.Shelf();
        var createSeconds = Stopwatch.GetElapsedTime(createStarted).TotalSeconds;
        creating.StopTask();

        var now = DateTimeOffset.UtcNow;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var activationsBefore = silo.ActivationCount;
        var tracking = progress.AddTask($"Grains: {options.Users:N0} shoppers send their events, {options.Senders} at a time", maxValue: options.Users);
        long events = 0;
        long calls = 0;
        var gcBefore = GcSnapshot.Take();
        var started = Stopwatch.GetTimestamp();
        await BoundedWork.ForEachAsync(options.Users, options.Senders, async u =>
        {
            var user = grains.GetGrain<IUserGrain>(UserId(u));
            foreach (var batch in sessions.Batches(u, UserId(u), now))
            {
                await user.TrackAsync(batch).ConfigureAwait(false);
                Interlocked.Add(ref events, batch.Count);
                Interlocked.Increment(ref calls);
            }

            if (u % 100 == 0)
            {
                tracking.Increment(100);
            }
        }, cancellationToken).ConfigureAwait(false);
        var updateSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var updateGc = GcSnapshot.Take().Since(gcBefore);
        tracking.Value = options.Users;
        tracking.StopTask();

        // Product grains store their counters DeferredWrite.Delay after a change and then publish it to the silo's index:
        // the last of those follow the events by that long, and are the events' cost, not the recommendations'.
        var settling = progress.AddTask("Grains: wait for the product counter writes the events caused", maxValue: 1);
        await Task.Delay(DeferredWrite.Delay + CounterSettle, cancellationToken).ConfigureAwait(false);
        settling.Increment(1);
        settling.StopTask();
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var activationsAfter = silo.ActivationCount;

        var request = new RecommendationRequest(Limit, RecommendationContext.Home);
        var recommending = progress.AddTask(
            $"Grains: RecommendAsync, {WarmUpCalls:N0} warm-up + {options.GrainCalls:N0} calls, {options.Callers} callers", maxValue: WarmUpCalls + options.GrainCalls);
        long shortLists = 0;
        var recommend = await TimeCallsAsync(WarmUpCalls, options.GrainCalls, options.Callers, options.Seed, async random =>
        {
            var list = await grains.GetGrain<IUserGrain>(UserId(random.Next(options.Users))).RecommendAsync(request).ConfigureAwait(false);
            if (list.Count < Limit)
            {
                Interlocked.Increment(ref shortLists);
            }

            recommending.Increment(1);
        }, cancellationToken).ConfigureAwait(false);
        recommending.StopTask();

        var similarTask = progress.AddTask($"Grains: SimilarAsync, {SimilarCalls / 10:N0} warm-up + {SimilarCalls:N0} calls", maxValue: (SimilarCalls / 10) + SimilarCalls);
        var similar = await TimeCallsAsync(SimilarCalls / 10, SimilarCalls, options.Callers, options.Seed + 1, async random =>
        {
            await grains.GetGrain<IRecommendationGrain>(RecommendationKeys.Local)
                .SimilarAsync(products[random.Next(products.Count)].Id, Limit).ConfigureAwait(false);
            similarTask.Increment(1);
        }, cancellationToken).ConfigureAwait(false);
        similarTask.StopTask();

        var sample = Math.Min(BaselineUsers, options.Users);
        var comparing = progress.AddTask($"Baseline: ranker vs full scan, {sample:N0} shoppers, 1 thread", maxValue: sample);
        var (ranker, fullScan, content) = await CompareAsync(model, sessions, options, sample, now, comparing).ConfigureAwait(false);
        comparing.StopTask();

        return new GrainPhaseResult(
            createSeconds,
            options.Users, events, calls, updateSeconds, updateGc, heapBefore, heapAfter, activationsBefore, activationsAfter, shelf.Count,
            recommend, shortLists, similar, sample, ranker, fullScan, content, shelf.Cells);
    }

    /// <summary>Anonymous-looking ids, as the API gives shoppers without an account.</summary>
    static string UserId(int user) => $"a-{user:x32}";

    /// <summary>
    /// The same shoppers' tastes learned outside the grains (same events, same shelf, same learning), then ranked by the
    /// silo's model and by the full scan, alternately on this thread, so both see the same machine. Their content
    /// candidates too: the shelf's nearest products to the preference vector against an exact scan of every vector.
    /// </summary>
    static async Task<(LatencyHistogram Ranker, LatencyHistogram FullScan, ContentScanComparison Content)> CompareAsync(
        SiloRecommendationModel model, ShopperSessions sessions, RecsBenchOptions options, int sample, DateTimeOffset now, ProgressTask progress)
    {
        var popular = await model.PopularAsync().ConfigureAwait(false);
        var shelf = model.Shelf();
        var scan = new FullScanRanker(model.Options);
        var random = new Random(options.Seed + 2);
        var ranker = new LatencyHistogram();
        var fullScan = new LatencyHistogram();
        var exact = new ProductVectorIndex(
            shelf.ProductIds.ToDictionary(id => id, id => shelf.TryGet(id, out var facts) ? facts : throw new InvalidOperationException(id), StringComparer.Ordinal),
            shelf.Dimensions, exactScanLimit: int.MaxValue);
        var content = new ContentScanComparison(model.Options.ContentCandidates, shelf.Cells is not null);
        for (var i = 0; i < sample; i++)
        {
            var u = random.Next(options.Users);
            var taste = PreferenceVector.Empty;
            var bought = new HashSet<string>(StringComparer.Ordinal);
            foreach (var batch in sessions.Batches(u, UserId(u), now))
            {
                taste = TasteLearning.Learn(UserId(u), taste, [.. batch.Select(e => Signal(e, shelf))], model.Options).Taste;
                bought.UnionWith(batch.Where(e => e.Kind == BehaviourKind.Purchase).Select(e => e.ProductId!));
            }

            // Excluded as the user grain excludes: bought, and what was just touched.
            var excluded = new HashSet<string>(bought.Concat(taste.Recent.Select(r => r.ProductId)), StringComparer.Ordinal);
            var before = Stopwatch.GetTimestamp();
            model.Rank(new RankingRequest(UserId(u), taste, now, Limit, [], excluded, BuyAgain: false, popular));
            var middle = Stopwatch.GetTimestamp();
            scan.Rank(taste, now, Limit, excluded, popular, shelf);
            fullScan.Record(Stopwatch.GetTimestamp() - middle);
            ranker.Record(middle - before);
            content.Compare(shelf, exact, taste.Vector);
            progress.Increment(1);
        }

        return (ranker, fullScan, content);
    }

    static TasteSignal Signal(BehaviourEvent e, ProductVectorIndex shelf) =>
        shelf.TryGet(e.ProductId!, out var facts)
            ? new TasteSignal(e.Kind, e.ProductId!, facts.Category, facts.Price, facts.Vector, e.Quantity, e.At)
            : new TasteSignal(e.Kind, e.ProductId!, "", 0, null, e.Quantity, e.At);

    /// <summary>Runs <paramref name="warmUp"/> then <paramref name="measured"/> calls from <paramref name="callers"/> callers, timing the measured ones.</summary>
    static async Task<LatencyHistogram> TimeCallsAsync(
        int warmUp, int measured, int callers, int seed, Func<Random, Task> call, CancellationToken cancellationToken)
    {
        var histograms = Enumerable.Range(0, callers).Select(_ => new LatencyHistogram()).ToArray();
        var randoms = Enumerable.Range(0, callers).Select(c => new Random(seed + (c * 7919))).ToArray();
        long next = -1;
        var total = warmUp + measured;
        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var i && i < total)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await BoundedWork.YieldNowAndThenAsync(i).ConfigureAwait(false);
                var before = Stopwatch.GetTimestamp();
                await call(randoms[c]).ConfigureAwait(false);
                if (i >= warmUp)
                {
                    histograms[c].Record(Stopwatch.GetTimestamp() - before);
                }
            }
        }, cancellationToken))).ConfigureAwait(false);
        var merged = new LatencyHistogram();
        foreach (var histogram in histograms)
        {
            merged.Add(histogram);
        }

        return merged;
    }
}
