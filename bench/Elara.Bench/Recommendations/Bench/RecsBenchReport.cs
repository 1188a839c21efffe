using System.Globalization;
using Elara.Bench.Measurement;
using Spectre.Console;

namespace Elara.Bench.Recommendations.Bench;

/// <summary>The human-readable table of a <c>bench recs</c> run.</summary>
public static class RecsBenchReport
{
    public static Table Build(RecsBenchResult result)
    {
        var (options, grain, api) = (result.Options, result.Grain, result.Api);
        var table = new Table()
            .Title("[bold]bench recs[/]")
            .AddColumn("Figure")
            .AddColumn(new TableColumn("Value").RightAligned())
            .AddColumn("Goal");

        Section(table, $"Grains: {options.Users:N0} shoppers, {grain.ShelfProducts:N0} products on the silo's shelf, {options.Senders} senders");
        Row(table, "catalog through IProductGrain.UpsertAsync, until the shelf has it", Seconds(grain.CreateSeconds), "");
        Row(table, "events through IUserGrain.TrackAsync", $"{Count(grain.Events)} in {Count(grain.TrackCalls)} calls", "");
        Row(table, "events/s (event to preference vector, end to end)", Count(grain.UpdatesPerSecond), "");
        Row(table, "phase time", Seconds(grain.UpdateSeconds), "");
        Row(table, "heap allocated per event", Bytes((double)grain.UpdateGc.AllocatedBytes / grain.Events), "");
        Row(table, "GC in phase", grain.UpdateGc.ToString(), "");
        Row(table, "activations before / after", $"{Count(grain.ActivationsBefore)} / {Count(grain.ActivationsAfter)}", "");
        Row(table, "heap growth per shopper (all active)", Bytes(grain.BytesPerUser), "");

        Section(table, $"Grains: RecommendAsync(limit 10, home), {Count(grain.Recommend.Count)} calls, {options.Callers} callers");
        Latencies(table, grain.Recommend, "< 2 ms");
        Row(table, "lists shorter than 10", Count(grain.ShortLists), "");

        Section(table, $"Grains: SimilarAsync(limit 10), {Count(grain.Similar.Count)} calls, {options.Callers} callers");
        Latencies(table, grain.Similar, "");

        Section(table, $"1 thread, same {grain.BaselineUsers:N0} shoppers' tastes: the silo's ranker vs the full-scan baseline");
        Row(table, "ranker (HybridRanker via the silo model) p50 / p99", $"{Ms(grain.Ranker.PercentileMs(0.50))} / {Ms(grain.Ranker.PercentileMs(0.99))}", "");
        Row(table, "full scan: score every product, sort all, p50 / p99", $"{Ms(grain.FullScan.PercentileMs(0.50))} / {Ms(grain.FullScan.PercentileMs(0.99))}", "");
        var content = grain.Content;
        Row(table, $"content candidates ({content.Count} nearest, {(content.Partitioned ? "cells" : "whole scan")}) p50 / p99", $"{Ms(content.Shelf.PercentileMs(0.50))} / {Ms(content.Shelf.PercentileMs(0.99))}", "");
        if (grain.Partition is { } cells)
        {
            var sizes = Enumerable.Range(0, cells.Count).Select(c => cells.Members(c).Length).Order().ToList();
            Row(table, "  cells, rows in the median / largest cell", $"{cells.Count}, {sizes[sizes.Count / 2]} / {sizes[^1]}", "");
        }

        Row(table, "  exact scan of every vector p50 / p99", $"{Ms(content.Exact.PercentileMs(0.50))} / {Ms(content.Exact.PercentileMs(0.99))}", "");
        Row(table, $"  recall of the exact top {content.Count} ({Count(content.Queries)} shoppers)", content.Recall.ToString("0.000", CultureInfo.InvariantCulture), "");

        Api(table, options, api);
        if (result.ApiComputingEveryList is { } computed)
        {
            Api(table, options, computed);
        }

        return table;
    }

    static void Api(Table table, RecsBenchOptions options, ApiPhaseResult api)
    {
        var name = api.ReuseLists ? "API as shipped (a shopper's unchanged list served again)" : "API with list reuse off (every list computed)";
        Section(table, $"{name}, process: {api.ProductsCreated:N0} products via the admin API, {api.Shoppers:N0} anonymous shoppers");
        Row(table, "admin product creation", $"{Seconds(api.LoadSeconds)} ({Count(api.ProductErrors)} errors)", "");
        Row(table, "shoppers without a cookie (failed event posts)", Count(api.ShopperErrors), "");
        Section(table, $"{name}: GET /api/recommendations?limit=10 open-loop, target {options.Rps:N0}/s for {options.Seconds} s, <= {options.MaxInFlight} in flight");
        Row(table, "requests scheduled / succeeded", $"{Count(api.Scheduled)} / {Count(api.Succeeded)}", "");
        Row(table, "errors", api.ErrorCount == 0 ? "0" : $"{Count(api.ErrorCount)} ({string.Join(", ", api.Errors.Select(e => $"{e.Key}: {e.Value}"))})", "0");
        Row(table, "successful requests/s achieved", Count(api.RequestsPerSecond), $">= {options.Rps:N0}");
        Row(table, "sending took / last answer at", $"{Seconds(api.DriveSeconds)} / {Seconds(api.Seconds)}", "");
        Row(table, "GC in the API process meanwhile", api.ApiGc.Collections(), "");
        Row(table, "GC in this process meanwhile", api.BenchGc.ToString(), "");
        Section(table, "  latency from the scheduled send time");
        Latencies(table, api.Latency, "< 10 ms");
        Row(table, $"requests over {api.Slow.OverMilliseconds} ms", api.Slow.ToString(), "");
        Section(table, "  latency from the actual send (server + loopback + client)");
        Latencies(table, api.Service, "");
    }

    static void Latencies(Table table, LatencyHistogram histogram, string p99Goal)
    {
        Row(table, "latency p50", Ms(histogram.PercentileMs(0.50)), "");
        Row(table, "latency p90", Ms(histogram.PercentileMs(0.90)), "");
        Row(table, "latency p99", Ms(histogram.PercentileMs(0.99)), p99Goal);
        Row(table, "latency max", Ms(histogram.MaxMs), "");
    }

    static void Section(Table table, string title) => table.AddRow(new Markup($"[bold]{Markup.Escape(title)}[/]"), Text.Empty, Text.Empty);

    static void Row(Table table, string figure, string value, string goal) => table.AddRow(new Text(figure), new Text(value), new Text(goal));

    static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    static string Ms(double value) => $"{value.ToString("0.000", CultureInfo.InvariantCulture)} ms";

    static string Seconds(double value) => $"{value.ToString("0.0", CultureInfo.InvariantCulture)} s";

    static string Bytes(double value) => $"{value.ToString("N0", CultureInfo.InvariantCulture)} B";
}
