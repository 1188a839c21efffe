using System.Diagnostics;
using Elara.Bench.Measurement;
using Elara.Bench.Search.Metrics;
using Elara.Bench.Search.Queries;
using Elara.Bench.Search.Systems;
using Elara.Grains.Search;
using Spectre.Console;

namespace Elara.Bench.Search.Eval;

/// <summary>Indexes a catalog into one system (timed), warms it up, then runs every query once, one at a time, timing each.</summary>
public static class SystemRunner
{
    // One untimed pass over every query first, so neither system's figures include JIT compilation (tiered code is
    // only promoted after a method has run a while) or a cold cache: the figures are a running server's.

    public static async Task<SystemRun> RunAsync(
        ISearchSystem system,
        IReadOnlyList<SearchDocument> products,
        IReadOnlyList<EvalQuery> queries,
        ProgressContext progress,
        CancellationToken cancellationToken)
    {
        var indexing = progress.AddTask($"{system.Name}: index {products.Count:N0} products", maxValue: 1);
        var started = Stopwatch.GetTimestamp();
        await system.IndexAsync(products, cancellationToken).ConfigureAwait(false);
        var buildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        indexing.Increment(1);
        indexing.StopTask();

        var warmUp = queries.Count;
        var searching = progress.AddTask($"{system.Name}: {warmUp} warm-up + {queries.Count:N0} queries", maxValue: warmUp + queries.Count);
        foreach (var query in queries.Take(warmUp))
        {
            await system.SearchAsync(query, RankingMetrics.K, cancellationToken).ConfigureAwait(false);
            searching.Increment(1);
        }

        var latency = new LatencyHistogram();
        var rankings = new List<IReadOnlyList<string>>(queries.Count);
        var ticks = new List<long>(queries.Count);
        foreach (var query in queries)
        {
            var before = Stopwatch.GetTimestamp();
            var ranked = await system.SearchAsync(query, RankingMetrics.K, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetTimestamp() - before;
            latency.Record(elapsed);
            ticks.Add(elapsed);
            rankings.Add(ranked);
            searching.Increment(1);
        }

        searching.StopTask();
        return new SystemRun(system.Name, system.Access, buildSeconds, rankings, ticks, latency);
    }
}
