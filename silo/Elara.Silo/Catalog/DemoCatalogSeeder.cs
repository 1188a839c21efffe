using Elara.Grains.Catalog;
using Elara.Grains.Products;
using Elara.Runtime;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Elara.Silo.Catalog;

/// <summary>
/// Fills an empty catalog with the demo products at start-up ("Elara:Catalog" = "demo"). Runs beside the host's
/// start-up rather than before it, so the shop answers health checks while the products go in.
/// </summary>
public sealed partial class DemoCatalogSeeder(IGrainFactory grains, TimeProvider clock, ILogger<DemoCatalogSeeder> logger) : BackgroundService
{
    const int ProgressEvery = 100;

    /// <summary>
    /// Adds the demo products when the catalog is empty, or finishes a seed that was interrupted; leaves a catalog that is
    /// complete or holds other products (an import) alone. Returns how many products it added.
    /// </summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var products = DemoCatalog.Generate();
        var existing = await grains.GetGrain<ICatalogGrain>(CatalogKeys.Main).CountAsync().ConfigureAwait(false);
        var missing = existing == 0 ? products : await MissingAsync(products).ConfigureAwait(false);
        if (missing.Count == 0)
        {
            LogNothingToSeed(existing);
            return 0;
        }

        LogSeeding(missing.Count, products.Count);
        var started = clock.GetTimestamp();
        var done = 0;
        foreach (var product in missing)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await grains.GetGrain<IProductGrain>(product.Id).UpsertAsync(product).ConfigureAwait(false);
            if (++done % ProgressEvery == 0 && done < missing.Count)
            {
                LogProgress(done, missing.Count, Rate(done, started));
            }
        }

        LogSeeded(done, clock.GetElapsedTime(started).TotalSeconds, Rate(done, started));
        return done;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SeedAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogInterrupted();
        }
        catch (Exception e)
        {
            // The demo catalog is a convenience; failing to write it must not take the shop down.
            LogFailed(e);
        }
    }

    /// <summary>
    /// Seeding goes in id order, so a catalog whose first demo product exists but whose last does not was interrupted;
    /// any other non-empty catalog is complete or someone else's.
    /// </summary>
    async Task<IReadOnlyList<NewProduct>> MissingAsync(IReadOnlyList<NewProduct> products)
    {
        if (!await ExistsAsync(products[0]).ConfigureAwait(false) || await ExistsAsync(products[^1]).ConfigureAwait(false))
        {
            return [];
        }

        var missing = new List<NewProduct>();
        foreach (var product in products)
        {
            if (!await ExistsAsync(product).ConfigureAwait(false))
            {
                missing.Add(product);
            }
        }

        return missing;
    }

    async Task<bool> ExistsAsync(NewProduct product) =>
        await grains.GetGrain<IProductGrain>(product.Id).GetAsync().ConfigureAwait(false) is not null;

    double Rate(int done, long started) => done / Math.Max(clock.GetElapsedTime(started).TotalSeconds, 0.001);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo catalog: the catalog already holds {Count} products, nothing to seed")]
    partial void LogNothingToSeed(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo catalog: seeding {Count} of {Total} demo products")]
    partial void LogSeeding(int count, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo catalog: {Done}/{Total} products ({Rate:F0} products/s)")]
    partial void LogProgress(int done, int total, double rate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo catalog: seeded {Count} products in {Seconds:F1} s ({Rate:F0} products/s)")]
    partial void LogSeeded(int count, double seconds, double rate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo catalog: seeding stopped by shutdown; the next start finishes it")]
    partial void LogInterrupted();

    [LoggerMessage(Level = LogLevel.Error, Message = "Demo catalog: seeding failed; the shop runs without the demo products")]
    partial void LogFailed(Exception exception);
}
