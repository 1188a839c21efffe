using System.Diagnostics;
using System.Globalization;
using Elara.Bench.Cli;
using Elara.Bench.Measurement;
using Elara.Bench.Runtime;
using Elara.Grains;
using Elara.Grains.Behaviour;
using Elara.Grains.Products;
using Elara.Grains.Trending;
using Elara.Runtime.Streams;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Elara.Bench.Trending;

/// <summary>
/// <c>bench trending</c>: a silo with the shop's grains and a synthetic catalog; behaviour events published on the
/// behaviour stream (as UserGrain does, without the user grain's own work) by many callers, counted by the shard grains
/// and reduced into the trending grain; then top lists and dashboard snapshots timed on the reduced counts.
/// </summary>
public static class TrendingBenchmark
{
    const int SeedBatch = 256;
    const int RebuildSamples = 150;

    public static async Task<int> RunAsync(TrendingBenchOptions options, CancellationToken cancellationToken)
    {
#if DEBUG
        AnsiConsole.MarkupLine("[yellow]warning: this is a Debug build; run with -c Release for figures worth reporting.[/]");
#endif
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0} cores, {1}[/]",
            Environment.ProcessorCount, Markup.Escape(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription));

        await using var silo = await BenchSilo.StartAsync(ElaraGrains.Assembly, services => services.AddElaraShop(), cancellationToken).ConfigureAwait(false);
        var grains = silo.Grains;
        var streams = silo.Services.GetRequiredService<IStreamProvider>();

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "seeding {0:N0} products...", options.Products);
        var seeding = Stopwatch.GetTimestamp();
        foreach (var batch in Enumerable.Range(0, options.Products).Chunk(SeedBatch))
        {
            await Task.WhenAll(batch.Select(i => grains.GetGrain<IProductGrain>(TrendingWorkload.ProductId(i)).UpsertAsync(new NewProduct(
                TrendingWorkload.ProductId(i), $"Product {i}", "A thing the shop sells.", TrendingWorkload.Category(i, options.Categories), 10m + (i % 90), 100))))
                .ConfigureAwait(false);
        }

        var seedSeconds = Stopwatch.GetElapsedTime(seeding).TotalSeconds;
        var events = TrendingWorkload.Generate(options, DateTimeOffset.UtcNow);
        var productEvents = events.LongCount(e => e.ProductId is not null && TrendingWeights.Of(e.Kind) > 0);

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "publishing {0:N0} events with {1} callers...", options.Events, options.Callers);
        var gcBefore = GcSnapshot.Take();
        var ingesting = Stopwatch.GetTimestamp();
        var histograms = await Task.WhenAll(Enumerable.Range(0, options.Callers).Select(caller => Task.Run(async () =>
        {
            var latency = new LatencyHistogram();
            for (var i = caller; i < events.Length; i += options.Callers)
            {
                var started = Stopwatch.GetTimestamp();
                await streams.GetStream<BehaviourBatch>(BehaviourStream.For(events[i].ShopperId)).OnNextAsync(new BehaviourBatch([events[i]])).ConfigureAwait(false);
                latency.Record(Stopwatch.GetTimestamp() - started);
            }

            return latency;
        }, cancellationToken))).ConfigureAwait(false);
        var ingestSeconds = Stopwatch.GetElapsedTime(ingesting).TotalSeconds;
        var ingestGc = GcSnapshot.Take().Since(gcBefore);
        var publish = new LatencyHistogram();
        foreach (var histogram in histograms)
        {
            publish.Add(histogram);
        }

        var trending = grains.GetGrain<ITrendingGrain>(TrendingKeys.Main);
        // Snapshots always rank the counts as they are (top lists may reuse a ranking up to a second old).
        while ((await trending.SnapshotAsync(TrendingWindow.OneDay, int.MaxValue).ConfigureAwait(false)).Products.Sum(p => p.Events) < productEvents)
        {
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
        }

        var reduceLagMs = Stopwatch.GetElapsedTime(ingesting).TotalMilliseconds - (ingestSeconds * 1000);

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "timing {0:N0} top lists and snapshots...", options.Queries);
        var random = new Random(options.Seed + 1);
        var top = new LatencyHistogram();
        var snapshot = new LatencyHistogram();
        for (var i = 0; i < options.Queries; i++)
        {
            var window = TrendingWindows.All[random.Next(TrendingWindows.All.Count)];
            var category = random.Next(2) == 0 ? null : TrendingWorkload.Category(random.Next(options.Categories), options.Categories);
            var started = Stopwatch.GetTimestamp();
            await trending.TopAsync(window, category, 12).ConfigureAwait(false);
            top.Record(Stopwatch.GetTimestamp() - started);

            started = Stopwatch.GetTimestamp();
            await trending.SnapshotAsync(TrendingWindow.OneHour, 10).ConfigureAwait(false);
            snapshot.Record(Stopwatch.GetTimestamp() - started);
        }

        // After a batch from a shard a snapshot ranks the whole window again (top lists reuse a ranking up to a second old).
        var rebuild = new LatencyHistogram();
        for (var i = 0; i < RebuildSamples; i++)
        {
            await trending.MergeAsync(new TrendingTallies()).ConfigureAwait(false);
            var started = Stopwatch.GetTimestamp();
            await trending.SnapshotAsync(TrendingWindows.All[i % TrendingWindows.All.Count], 10).ConfigureAwait(false);
            rebuild.Record(Stopwatch.GetTimestamp() - started);
        }

        var result = new TrendingBenchResult(options, seedSeconds, productEvents, ingestSeconds, publish, reduceLagMs, top, rebuild, snapshot, ingestGc);
        AnsiConsole.Write(TrendingBenchReport.Build(result));

        // Written past Spectre so it is never wrapped or styled: scripts read the last line as JSON.
        Console.Out.WriteLine(result.ToJson());
        await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
