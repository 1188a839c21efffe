using System.Collections.Concurrent;
using Elara.Grains.Behaviour;
using Elara.Grains.Errors;
using Elara.Grains.Products;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Elara.Silo.Import;

/// <summary>
/// Reads an Online Retail file and loads it through an in-process silo into a data folder's store: products first,
/// then (when asked) each customer's purchases as behaviour events of shopper "a-retail-{CustomerID}", in batches.
/// Re-running is safe: products are upserted, and customers whose purchases are already stored are skipped.
/// </summary>
public sealed class OnlineRetailImporter(IAnsiConsole console, TimeProvider clock)
{
    /// <summary>Events per TrackAsync call: big enough to be cheap, small enough to keep one call's turn short.</summary>
    public const int HistoryBatch = 500;

    /// <summary>
    /// Grain calls in flight. SQLite takes one write at a time and a writer that finds it busy sleeps before retrying, so
    /// more callers make the load slower, not faster (2010-2011 file with history: 1 or 2 → 14-17 s, 4 or 8 → 24 s).
    /// </summary>
    const int Parallelism = 2;

    public static string ShopperIdFor(string customerId) => $"a-retail-{customerId}";

    public async Task<ImportSummary> RunAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var read = Read(request);
        var readTime = clock.GetElapsedTime(started);
        var products = read.Catalog.Products();
        var customers = request.WithHistory ? read.Catalog.PurchasesByCustomer() : [];

        Directory.CreateDirectory(request.DataDir);
        using var host = ImportHost.Build(request.DataDir);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var refused = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var history = new HistoryCounts();
        try
        {
            await Progress().StartAsync(async context =>
            {
                var productTask = context.AddTask($"Loading {products.Count:N0} products", maxValue: Math.Max(1, products.Count));
                var historyTask = request.WithHistory
                    ? context.AddTask(
                        $"Loading {read.Catalog.PurchaseCount:N0} purchases of {customers.Count:N0} customers",
                        autoStart: false,
                        maxValue: Math.Max(1, read.Catalog.PurchaseCount))
                    : null;
                await LoadProductsAsync(grains, products, productTask, refused, cancellationToken).ConfigureAwait(false);
                if (historyTask is not null)
                {
                    historyTask.StartTask();
                    await LoadHistoryAsync(grains, customers, historyTask, history, cancellationToken).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        }
        finally
        {
            // Stopping the silo writes every grain's changed state before the process ends.
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var loaded = products.Where(p => !refused.ContainsKey(p.Id)).ToList();
        return new ImportSummary(
            read.Rows,
            loaded.Count,
            [.. refused.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}: {r.Value}")],
            loaded.GroupBy(p => p.Category).ToDictionary(g => g.Key, g => g.Count()),
            read.Catalog.CustomerCount,
            history.Loaded,
            history.Skipped,
            history.Events,
            read.Rejected,
            readTime,
            clock.GetElapsedTime(started));
    }

    RetailReadResult Read(ImportRequest request)
    {
        RetailReadResult? result = null;
        Progress().Start(context =>
        {
            var task = context.AddTask($"Reading {Path.GetFileName(request.File)}", maxValue: Math.Max(1, new FileInfo(request.File).Length));
            result = RetailFileReader.Read(request.File, request.WithHistory, (position, _) => task.Value = position);
            task.Description = $"Read {result.Rows:N0} rows of {Path.GetFileName(request.File)}";
        });
        return result!;
    }

    static async Task LoadProductsAsync(
        IGrainFactory grains, IReadOnlyList<NewProduct> products, ProgressTask task, ConcurrentDictionary<string, string> refused, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(products, Options(cancellationToken), async (product, _) =>
        {
            try
            {
                await grains.GetGrain<IProductGrain>(product.Id).UpsertAsync(product).ConfigureAwait(false);
            }
            catch (ShopException refusal)
            {
                refused[product.Id] = refusal.Message;
            }

            task.Increment(1);
        }).ConfigureAwait(false);
    }

    static async Task LoadHistoryAsync(
        IGrainFactory grains,
        IReadOnlyList<(string CustomerId, IReadOnlyList<RetailPurchase> Purchases)> customers,
        ProgressTask task,
        HistoryCounts counts,
        CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(customers, Options(cancellationToken), async (customer, _) =>
        {
            var shopperId = ShopperIdFor(customer.CustomerId);
            var user = grains.GetGrain<IUserGrain>(shopperId);
            var activity = await user.GetActivityAsync().ConfigureAwait(false);
            if (activity.EventCounts.GetValueOrDefault(nameof(BehaviourKind.Purchase)) > 0)
            {
                counts.CustomerSkipped();
                task.Increment(customer.Purchases.Count);
                return;
            }

            foreach (var batch in customer.Purchases.Chunk(HistoryBatch))
            {
                await user.TrackAsync([.. batch.Select(p => new BehaviourEvent(BehaviourKind.Purchase, shopperId, p.StockCode, null, p.Quantity, p.At))])
                    .ConfigureAwait(false);
                counts.Tracked(batch.Length);
                task.Increment(batch.Length);
            }

            counts.CustomerLoaded();
        }).ConfigureAwait(false);
    }

    static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };

    Progress Progress() => console.Progress()
        .AutoClear(false)
        .HideCompleted(false)
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn());
}
