using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Elara.Bench.Cli;
using Elara.Bench.Measurement;
using Elara.Bench.Runtime;
using Elara.Bench.Search.Catalogs;
using Elara.Bench.Search.Queries;
using Elara.Grains.Search;
using Spectre.Console;

namespace Elara.Bench.Search.Bench;

/// <summary>
/// <c>bench search</c>: builds <see cref="CatalogSearchIndex"/> over a synthetic catalog (time and heap), runs a query
/// mix on one thread for latency (against a naive full scan as the baseline) and on every core for throughput.
/// Prints progress, a table, and as the last stdout line one JSON object.
/// </summary>
public static class SearchBenchmark
{
    const int PageSize = 10;
    const int WarmUpQueries = 500;

    // The scan costs milliseconds a query, so a sample of the mix is enough for its percentiles.
    const int BaselineQueries = 300;

    public static async Task<int> RunAsync(SearchBenchOptions options, CancellationToken cancellationToken)
    {
#if DEBUG
        AnsiConsole.MarkupLine("[yellow]warning: this is a Debug build; run with -c Release for figures worth reporting.[/]");
#endif
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0} cores, {1}[/]",
            Environment.ProcessorCount, Markup.Escape(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription));

        SearchBenchResult? result = null;
        await SearchProgress.Create().StartAsync(async progress =>
        {
            var generating = progress.AddTask($"Generate {options.Products:N0} products and {options.Queries:N0} queries", maxValue: 1);
            var empty = GC.GetTotalMemory(forceFullCollection: true);
            var products = SyntheticCatalog.Generate(options.Products, options.Seed);
            var queries = QueryMix.Generate(options.Queries, options.Seed + 1);
            var withDocuments = GC.GetTotalMemory(forceFullCollection: true);
            generating.Increment(1);
            generating.StopTask();

            var building = progress.AddTask("Build index", maxValue: 1);
            var index = new CatalogSearchIndex();
            var started = Stopwatch.GetTimestamp();
            index.UpsertMany(products);

            // The index builds its searchable snapshot on the first read after a write, so the build ends there.
            var estimatedBytes = index.EstimatedBytes();
            var buildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var withIndex = GC.GetTotalMemory(forceFullCollection: true);
            building.Increment(1);
            building.StopTask();

            var warmUp = Math.Min(WarmUpQueries, queries.Count);
            var single = progress.AddTask($"1 thread: {warmUp} warm-up + {queries.Count:N0} queries", maxValue: warmUp + queries.Count);
            var latency = new LatencyHistogram();
            var byKind = queries.Select(q => q.Kind).Distinct().ToDictionary(k => k, _ => new LatencyHistogram());
            var emptyAnswers = 0;
            for (var i = -warmUp; i < queries.Count; i++)
            {
                var query = queries[i < 0 ? i + warmUp : i];
                var before = Stopwatch.GetTimestamp();
                var answer = index.Search(query.Query with { PageSize = PageSize });
                var ticks = Stopwatch.GetTimestamp() - before;
                if (i >= 0)
                {
                    latency.Record(ticks);
                    byKind[query.Kind].Record(ticks);
                    emptyAnswers += answer.Total == 0 ? 1 : 0;
                }

                single.Increment(1);
            }

            single.StopTask();

            var sample = queries.Take(BaselineQueries).ToArray();
            var scanning = progress.AddTask($"Baseline: naive scan, {sample.Length} queries", maxValue: sample.Length);
            var scan = new NaiveScan(products);
            var baseline = new LatencyHistogram();
            foreach (var query in sample)
            {
                var before = Stopwatch.GetTimestamp();
                scan.Search(query.Query, PageSize);
                baseline.Record(Stopwatch.GetTimestamp() - before);
                scanning.Increment(1);
            }

            scanning.StopTask();

            var threads = Environment.ProcessorCount;
            var throughput = progress.AddTask($"{threads} threads for {options.Seconds} s", maxValue: options.Seconds);
            var (done, seconds) = await MeasureThroughputAsync(index, queries, threads, TimeSpan.FromSeconds(options.Seconds), throughput, cancellationToken)
                .ConfigureAwait(false);
            throughput.StopTask();

            result = new SearchBenchResult(
                options, buildSeconds, withDocuments - empty, withIndex - withDocuments, estimatedBytes, index.Count,
                latency, byKind, emptyAnswers, baseline, sample.Length, threads, done, seconds);
        }).ConfigureAwait(false);

        if (result is null)
        {
            return ExitCodes.Failure;
        }

        AnsiConsole.Write(SearchBenchReport.Build(result));

        // Written past Spectre so it is never wrapped or styled: scripts read the last line as JSON.
        Console.Out.WriteLine(result.ToJson());
        await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Each thread runs the mix from its own starting point, without pause, until the window closes.</summary>
    static async Task<(long Queries, double Seconds)> MeasureThroughputAsync(
        CatalogSearchIndex index, IReadOnlyList<MixQuery> queries, int threads, TimeSpan window, ProgressTask progress, CancellationToken cancellationToken)
    {
        var running = new StrongBox<bool>(true);
        var counts = new long[threads];
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var next = t * queries.Count / threads;
            long done = 0;
            while (Volatile.Read(ref running.Value))
            {
                index.Search(queries[next].Query with { PageSize = PageSize });
                next = (next + 1) % queries.Count;
                done++;
            }

            counts[t] = done;
        })
        { IsBackground = true }).ToArray();

        var started = Stopwatch.GetTimestamp();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        await Ticker.RunAsync(window, progress, 0, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref running.Value, false);
        foreach (var worker in workers)
        {
            worker.Join();
        }

        return (counts.Sum(), Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
