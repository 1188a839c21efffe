using System.CommandLine;
using Elara.Bench.Trending;

namespace Elara.Bench.Cli;

/// <summary><c>bench trending</c>: events/s through the trending shards, reduce lag, top-list and snapshot latency.</summary>
public static class TrendingCommand
{
    public static Command Create()
    {
        var defaults = new TrendingBenchOptions();
        var products = PositiveOption.Create("--products", "Products in the synthetic catalog.", defaults.Products);
        var shoppers = PositiveOption.Create("--shoppers", "Distinct shoppers the events come from.", defaults.Shoppers);
        var events = PositiveOption.Create("--events", "Behaviour events published.", defaults.Events);
        var callers = PositiveOption.Create("--callers", "Concurrent publishers.", defaults.Callers);
        var queries = PositiveOption.Create("--queries", "Top-list and snapshot calls timed.", defaults.Queries);

        var command = new Command("trending", "Benchmark trending: events/s through the shard grains, reduce lag, TopAsync and snapshot p50/p99.")
        {
            products,
            shoppers,
            events,
            callers,
            queries,
        };

        command.SetAction((parseResult, cancellationToken) => TrendingBenchmark.RunAsync(
            defaults with
            {
                Products = parseResult.GetValue(products),
                Shoppers = parseResult.GetValue(shoppers),
                Events = parseResult.GetValue(events),
                Callers = parseResult.GetValue(callers),
                Queries = parseResult.GetValue(queries),
            },
            cancellationToken));
        return command;
    }
}
