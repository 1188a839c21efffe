using System.Globalization;
using Spectre.Console;

namespace Elara.Bench.Trending;

/// <summary>The human-readable table of a <c>bench trending</c> run.</summary>
public static class TrendingBenchReport
{
    public static Table Build(TrendingBenchResult result)
    {
        var options = result.Options;
        var table = new Table()
            .Title("[bold]bench trending[/]")
            .AddColumn("Figure")
            .AddColumn(new TableColumn("Value").RightAligned());

        Section(table, $"Catalog: {options.Products:N0} products in {options.Categories} categories");
        Row(table, "seeding (product grains, catalog, index)", $"{F(result.SeedSeconds, "0.0")} s");

        Section(table, $"Ingest: {options.Events:N0} events from {options.Shoppers:N0} shoppers, {options.Callers} publishers, on the behaviour stream's shards");
        Row(table, "events/s", F(result.EventsPerSecond, "N0"));
        Row(table, "publish latency p50 (stream → shard counted)", Ms(result.Publish.PercentileMs(0.50)));
        Row(table, "publish latency p99", Ms(result.Publish.PercentileMs(0.99)));
        Row(table, "GC during ingest", result.IngestGc.ToString());
        Row(table, "allocated per event", $"{F(result.IngestGc.AllocatedBytes / (double)options.Events, "N0")} B");
        Row(table, "last event to fully reduced (batch delay included)", Ms(result.ReduceLagMs));
        Row(table, "product events in the reduced counts", F(result.ProductEvents, "N0"));

        Section(table, $"Reads on the reduced counts, 1 caller, {options.Queries:N0} calls each (rankings cached between merges)");
        Row(table, "TopAsync(random window, category or all, 12) p50", Ms(result.Top.PercentileMs(0.50)));
        Row(table, "TopAsync p99", Ms(result.Top.PercentileMs(0.99)));
        Row(table, "SnapshotAsync(5m, 1h, 24h in turn) right after a merge (window ranked again) p50", Ms(result.SnapshotAfterMerge.PercentileMs(0.50)));
        Row(table, "SnapshotAsync right after a merge p99", Ms(result.SnapshotAfterMerge.PercentileMs(0.99)));
        Row(table, "SnapshotAsync(1h, 10) p50", Ms(result.Snapshot.PercentileMs(0.50)));
        Row(table, "SnapshotAsync p99", Ms(result.Snapshot.PercentileMs(0.99)));
        return table;
    }

    static void Section(Table table, string title) => table.AddRow(new Markup($"[bold]{Markup.Escape(title)}[/]"), Text.Empty);

    static void Row(Table table, string figure, string value) => table.AddRow(new Text(figure), new Text(value));

    static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    static string Ms(double value) => $"{F(value, "0.000")} ms";
}
