using System.Globalization;
using Spectre.Console;

namespace Elara.Bench.Runtime;

/// <summary>The human-readable table of a <c>bench runtime</c> run.</summary>
public static class RuntimeReport
{
    public static Table Build(RuntimeBenchResult result)
    {
        var options = result.Options;
        var table = new Table()
            .Title("[bold]bench runtime[/]")
            .AddColumn("Figure")
            .AddColumn(new TableColumn("Value").RightAligned())
            .AddColumn("Goal");

        var local = result.Local;
        var hot = result.Hot;
        var activations = result.Activations;
        Section(table, $"Local calls: {options.Callers} callers, {options.Grains:N0} grains, {local.Seconds:0.0} s");
        Row(table, "calls/s", Count(local.CallsPerSecond), ">= 1,000,000");
        Row(table, "latency p50", Ms(local.Latency.PercentileMs(0.50)), "");
        Row(table, "latency p90", Ms(local.Latency.PercentileMs(0.90)), "");
        Row(table, "latency p99", Ms(local.Latency.PercentileMs(0.99)), "< 1 ms");
        Row(table, "latency p99.9", Ms(local.Latency.PercentileMs(0.999)), "");
        Row(table, "latency max", Ms(local.Latency.MaxMs), "");
        Row(table, "heap allocated per call", Bytes(local.AllocatedBytesPerCall), "");
        Row(table, "GC in window", local.Gc.ToString(), "");
        Row(table, "thread-pool threads at end", Count(local.PoolThreads), "");

        Section(table, $"Hot grain: {options.Callers} callers on 1 grain, {hot.Seconds:0.0} s");
        Row(table, "calls/s", Count(hot.CallsPerSecond), "");
        Row(table, "latency p50", Ms(hot.Latency.PercentileMs(0.50)), "");
        Row(table, "latency p99", Ms(hot.Latency.PercentileMs(0.99)), "");
        Row(table, "heap allocated per call", Bytes(hot.AllocatedBytesPerCall), "");
        Row(table, "GC in window", hot.Gc.ToString(), "");
        Row(table, "thread-pool threads at end", Count(hot.PoolThreads), "");

        Section(table, $"Activations: {activations.Activations:N0} grains with float[64]");
        Row(table, "activations/s", Count(activations.ActivationsPerSecond), "");
        Row(table, "bytes per idle activation", Bytes(activations.BytesPerActivation), "");
        Row(table, "GC while activating", activations.Gc.ToString(), "");
        Row(table, "payload bytes (plain key + float[64])", Bytes(result.Payload.BytesPerObject), "");
        Row(table, "runtime overhead bytes", Bytes(result.RuntimeOverheadBytesPerActivation), "< 1,024");
        Row(table, "payload objects/s (1 thread, baseline)", Count(result.Payload.ObjectsPerSecond), "");
        Row(table, "silo stop (deactivates all)", $"{result.StopSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s", "");
        return table;
    }

    static void Section(Table table, string title) => table.AddRow(new Markup($"[bold]{Markup.Escape(title)}[/]"), Text.Empty, Text.Empty);

    // Plain text cells: labels such as "float[64]" must not be read as markup.
    static void Row(Table table, string figure, string value, string goal) => table.AddRow(new Text(figure), new Text(value), new Text(goal));

    static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    static string Ms(double value) => $"{value.ToString("0.0000", CultureInfo.InvariantCulture)} ms";

    static string Bytes(double value) => $"{value.ToString("N0", CultureInfo.InvariantCulture)} B";
}
