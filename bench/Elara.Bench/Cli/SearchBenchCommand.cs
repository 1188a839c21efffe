using System.CommandLine;
using Elara.Bench.Search.Bench;

namespace Elara.Bench.Cli;

/// <summary><c>bench search</c>: index build time and memory, query latency and throughput on a synthetic catalog.</summary>
public static class SearchBenchCommand
{
    public static Command Create()
    {
        var defaults = new SearchBenchOptions();
        var products = PositiveOption.Create("--products", "Products in the synthetic catalog.", defaults.Products);
        var queries = PositiveOption.Create("--queries", "Queries in the mix; the single-threaded phase runs each once.", defaults.Queries);
        var seconds = PositiveOption.Create("--seconds", "Seconds of the multi-threaded throughput phase.", defaults.Seconds);

        var command = new Command("search", "Benchmark the catalog search index: build time, memory, latency p50/p95, queries/s.")
        {
            products,
            queries,
            seconds,
        };

        command.SetAction((parseResult, cancellationToken) => SearchBenchmark.RunAsync(
            new SearchBenchOptions
            {
                Products = parseResult.GetValue(products),
                Queries = parseResult.GetValue(queries),
                Seconds = parseResult.GetValue(seconds),
            },
            cancellationToken));
        return command;
    }
}
