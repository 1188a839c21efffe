using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Elara.Bench.Measurement;
using Elara.Grains;
using Elara.Grains.Assistant;
using Elara.Grains.SearchIndex;
using Elara.Grains.Users;
using Elara.Runtime.Testing.Silos;
using Elara.Silo.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace Elara.Bench.Assistant;

/// <summary>
/// <c>bench assistant</c>: the built-in assistant's reply latency over the scripted conversations on the demo catalog,
/// measured at the conversation grain (intent, search, tools, state write to memory storage), one conversation at a
/// time. Prints a table and, as the last stdout line, one JSON object.
/// </summary>
public static class AssistantBenchmark
{
    public static async Task<int> RunAsync(AssistantBenchOptions options, CancellationToken cancellationToken)
    {
#if DEBUG
        AnsiConsole.MarkupLine("[yellow]warning: this is a Debug build; run with -c Release for figures worth reporting.[/]");
#endif
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0} cores, {1}[/]",
            Environment.ProcessorCount, Markup.Escape(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription));
        await using var silo = await TestSilo.StartAsync(o =>
        {
            o.GrainAssemblies.Add(ElaraGrains.Assembly);
            o.Storage = TestStorage.Memory();
            o.Services = services => services.AddElaraShop();
        });
        await new DemoCatalogSeeder(silo.Grains, silo.Clock, NullLogger<DemoCatalogSeeder>.Instance).SeedAsync(cancellationToken);
        var index = silo.Services.GetRequiredService<SiloCatalogIndex>();
        var products = DemoCatalog.Generate().Count;
        while (index.Count < products)
        {
            await Task.Delay(20, cancellationToken);
        }

        // One unmeasured pass lets the JIT and the index's lazy snapshot settle.
        await PlayAsync(silo, new LatencyHistogram(), cancellationToken);
        var latency = new LatencyHistogram();
        var started = Stopwatch.GetTimestamp();
        for (var round = 0; round < options.Rounds; round++)
        {
            await PlayAsync(silo, latency, cancellationToken);
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var table = new Table().AddColumn("Built-in assistant, demo catalog").AddColumn(new TableColumn("value").RightAligned()).AddColumn("aim");
        table.AddRow("scripts × rounds", $"{AssistantScripts.All.Count} × {options.Rounds}", "");
        table.AddRow("turns measured", latency.Count.ToString("N0", CultureInfo.InvariantCulture), "");
        table.AddRow("reply latency p50", Ms(latency.PercentileMs(0.50)), "");
        table.AddRow("reply latency p95", Ms(latency.PercentileMs(0.95)), "< 50 ms");
        table.AddRow("reply latency p99", Ms(latency.PercentileMs(0.99)), "");
        table.AddRow("reply latency max", Ms(latency.MaxTicks * 1000.0 / Stopwatch.Frequency), "");
        table.AddRow("turns/s (one conversation at a time)", (latency.Count / seconds).ToString("N0", CultureInfo.InvariantCulture), "");
        AnsiConsole.Write(table);
        Console.Out.WriteLine(new JsonObject
        {
            ["bench"] = "assistant",
            ["turns"] = latency.Count,
            ["p50_ms"] = Math.Round(latency.PercentileMs(0.50), 3),
            ["p95_ms"] = Math.Round(latency.PercentileMs(0.95), 3),
        }.ToJsonString());
        return 0;
    }

    static async Task PlayAsync(TestSilo silo, LatencyHistogram latency, CancellationToken cancellationToken)
    {
        foreach (var script in AssistantScripts.All)
        {
            var shopper = ShopperIds.NewAnonymous();
            var conversation = silo.Grains.GetGrain<IConversationGrain>(ConversationIds.New());
            await conversation.StartAsync(shopper);
            foreach (var text in script)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var before = Stopwatch.GetTimestamp();
                await conversation.SendAsync(shopper, text);
                latency.Record(Stopwatch.GetTimestamp() - before);
            }
        }
    }

    static string Ms(double value) => value.ToString("0.000", CultureInfo.InvariantCulture) + " ms";
}
