using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Elara.Bench.Search.Eval;

/// <summary>The tables and the closing JSON line of <c>eval search</c>.</summary>
public static class SearchEvalReport
{
    public static Table Systems(EvalOutcome outcome)
    {
        var table = new Table()
            .Title($"[bold]eval search --mode {outcome.Mode}[/]")
            .Caption(Markup.Escape(outcome.Notes))
            .AddColumn("Figure");
        foreach (var system in outcome.Systems)
        {
            table.AddColumn(new TableColumn(Markup.Escape(system.Name)).RightAligned());
        }

        Row(table, outcome, "MRR@10", s => Fraction(s.Mrr));
        Row(table, outcome, "recall@10", s => Fraction(s.Recall));
        Row(table, outcome, "NDCG@10", s => Fraction(s.Ndcg));
        Row(table, outcome, "latency p50", s => Ms(s.P50Ms));
        Row(table, outcome, "latency p95", s => Ms(s.P95Ms));
        Row(table, outcome, "index build", s => $"{s.BuildSeconds.ToString("0.000", CultureInfo.InvariantCulture)} s");
        Row(table, outcome, "measured through", s => s.Access);
        return table;
    }

    public static Table Noise(EvalOutcome outcome)
    {
        var table = new Table().Title("[bold]by noise kind[/]").AddColumn("Noise").AddColumn(new TableColumn("Queries").RightAligned());
        foreach (var system in outcome.Systems)
        {
            table.AddColumn(new TableColumn($"{Markup.Escape(system.Name)} recall@10").RightAligned());
        }

        foreach (var system in outcome.Systems)
        {
            table.AddColumn(new TableColumn($"{Markup.Escape(system.Name)} p95").RightAligned());
        }

        foreach (var noise in outcome.ByNoise)
        {
            table.AddRow([
                new Text(noise.Kind.ToString()),
                new Text(noise.Queries.ToString("N0", CultureInfo.InvariantCulture)),
                .. noise.RecallBySystem.Select(r => new Text(Fraction(r))),
                .. noise.P95MsBySystem.Select(p => new Text(Ms(p))),
            ]);
        }

        return table;
    }

    public static string ToJson(EvalOutcome outcome)
    {
        var systems = new JsonObject();
        foreach (var s in outcome.Systems)
        {
            systems[s.Name] = new JsonObject
            {
                ["mrr@10"] = Math.Round(s.Mrr, 4),
                ["recall@10"] = Math.Round(s.Recall, 4),
                ["ndcg@10"] = Math.Round(s.Ndcg, 4),
                ["p50_ms"] = Math.Round(s.P50Ms, 4),
                ["p95_ms"] = Math.Round(s.P95Ms, 4),
            };
        }

        return new JsonObject
        {
            ["eval"] = "search",
            ["mode"] = outcome.Mode,
            ["queries"] = outcome.Queries,
            ["systems"] = systems,
        }.ToJsonString();
    }

    static void Row(Table table, EvalOutcome outcome, string figure, Func<SystemScores, string> value) =>
        table.AddRow([new Text(figure), .. outcome.Systems.Select(s => new Text(value(s)))]);

    static string Fraction(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    static string Ms(double value) => $"{value.ToString("0.000", CultureInfo.InvariantCulture)} ms";
}
