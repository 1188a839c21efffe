using System.CommandLine;
using Elara.Bench.Cluster;

namespace Elara.Bench.Cli;

/// <summary><c>bench cluster</c>: cross-silo calls/s and p99, event ingest through the API against a one-INSERT-per-event baseline.</summary>
public static class ClusterCommand
{
    public static Command Create()
    {
        var defaults = new ClusterBenchOptions();
        var seconds = PositiveOption.Create("--seconds", "Measured seconds of each phase (after a warm-up).", defaults.Seconds);
        var warmup = PositiveOption.Create("--warmup", "Seconds of load before each measured window.", defaults.WarmupSeconds);
        var callers = PositiveOption.Create("--callers", "Concurrent callers of the cross-silo phase.", defaults.Callers);
        var shoppers = PositiveOption.Create("--shoppers", "Concurrent shoppers (HTTP clients) of the ingest phase and baseline writers.", defaults.Shoppers);
        shoppers.Validators.Add(result =>
        {
            // Each baseline writer holds a connection of the cluster's PostgreSQL, beside the silos' pools.
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out var count) && count > ClusterBenchOptions.MaxShoppers)
            {
                result.AddError($"--shoppers must be at most {ClusterBenchOptions.MaxShoppers}: each baseline writer holds a PostgreSQL connection.");
            }
        });
        var batch = PositiveOption.Create("--events-per-request", "Events in each POST /api/events.", defaults.EventsPerRequest);
        var rate = PositiveOption.Create("--rate", "Events per second offered in the open-loop ingest phase.", defaults.OfferedEventsPerSecond);
        var rateWarmup = PositiveOption.Create("--rate-warmup", "Seconds the open-loop phase offers its rate before its measured window.", defaults.RateWarmupSeconds);
        var command = new Command("cluster", "Benchmark a 3-silo cluster on loopback: cross-silo calls, API event ingest, one-INSERT-per-event baseline.")
        {
            seconds,
            warmup,
            callers,
            shoppers,
            batch,
            rate,
            rateWarmup,
        };
        command.SetAction((parseResult, cancellationToken) => ClusterBenchmark.RunAsync(
            new ClusterBenchOptions
            {
                Seconds = parseResult.GetValue(seconds),
                WarmupSeconds = parseResult.GetValue(warmup),
                Callers = parseResult.GetValue(callers),
                Shoppers = parseResult.GetValue(shoppers),
                EventsPerRequest = parseResult.GetValue(batch),
                OfferedEventsPerSecond = parseResult.GetValue(rate),
                RateWarmupSeconds = parseResult.GetValue(rateWarmup),
            },
            cancellationToken));
        return command;
    }
}
