using System.Globalization;
using Spectre.Console;

namespace Elara.Bench.Search.Bench;

/// <summary>The human-readable table of a <c>bench search</c> run.</summary>
public static class SearchBenchReport
{
    public static Table Build(SearchBenchResult result)
    {
        var table = new Table()
            .Title("[bold]bench search[/]")
            .AddColumn("Figure")
            .AddColumn(new TableColumn("Value").RightAligned())
            .AddColumn("Goal");

        Section(table, $"Index: {result.Options.Products:N0} synthetic products");
        Row(table, "products in index (Count)", Count(result.IndexedCount), "");
        Row(table, "build time", $"{result.BuildSeconds.ToString("0.000", CultureInfo.InvariantCulture)} s", "");
        Row(table, "heap of the documents (held by the caller)", Bytes(result.DocumentBytes), "");
        Row(table, "heap added by the index (GC.GetTotalMemory)", Bytes(result.IndexBytes), "");
        Row(table, "EstimatedBytes()", Bytes(result.EstimatedBytes), "");

        Section(table, $"1 thread: {result.Options.Queries:N0} queries of the mix, top 10");
        Row(table, "latency p50", Ms(result.Latency.PercentileMs(0.50)), "");
        Row(table, "latency p95", Ms(result.Latency.PercentileMs(0.95)), "< 10 ms");
        Row(table, "latency p99", Ms(result.Latency.PercentileMs(0.99)), "");
        Row(table, "latency max", Ms(result.Latency.MaxMs), "");
        Row(table, "queries with no answer", Count(result.EmptyAnswers), "");
        foreach (var (kind, latency) in result.LatencyByKind)
        {
            Row(table, $"  {kind}: {Count(latency.Count)} queries, p50 / p95", $"{Ms(latency.PercentileMs(0.50))} / {Ms(latency.PercentileMs(0.95))}", "");
        }

        Section(table, $"Baseline, 1 thread: naive scan of every product, {result.BaselineQueries} queries");
        Row(table, "latency p50", Ms(result.BaselineLatency.PercentileMs(0.50)), "");
        Row(table, "latency p95", Ms(result.BaselineLatency.PercentileMs(0.95)), "");

        Section(table, $"{result.Threads} threads, {result.ThroughputSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        Row(table, "queries/s", Count(result.QueriesPerSecond), "");
        return table;
    }

    static void Section(Table table, string title) => table.AddRow(new Markup($"[bold]{Markup.Escape(title)}[/]"), Text.Empty, Text.Empty);

    static void Row(Table table, string figure, string value, string goal) => table.AddRow(new Text(figure), new Text(value), new Text(goal));

    static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    static string Ms(double value) => $"{value.ToString("0.000", CultureInfo.InvariantCulture)} ms";

    static string Bytes(double value) => $"{value.ToString("N0", CultureInfo.InvariantCulture)} B";
}
