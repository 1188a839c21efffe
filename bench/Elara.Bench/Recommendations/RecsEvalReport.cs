using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Elara.Bench.Recommendations;

/// <summary>The table and the closing JSON line of <c>eval recs</c>.</summary>
public static class RecsEvalReport
{
    public static Table Table(RecsEvalResult result)
    {
        var k = result.K;
        var table = new Table()
            .Title($"[bold]eval recs --split {result.Split:yyyy-MM-dd} --k {k}[/]")
            .Caption(Markup.Escape(
                $"{result.Purchases:N0} purchases ({result.TrainPurchases:N0} before the split) by {result.Customers:N0} customers; " +
                $"catalog at the split {result.CatalogSize:N0} products"))
            .AddColumn("Variant").AddColumn(new TableColumn("Users").RightAligned()).AddColumn("Model");
        foreach (var name in new[] { $"HR@{k}", $"NDCG@{k}", $"Recall@{2 * k}", $"MAP@{k}", "coverage", "fit", "ms/list" })
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        foreach (var variant in result.Variants)
        {
            foreach (var (model, s) in variant.Models)
            {
                table.AddRow(
                    variant.Name, variant.Users.ToString("N0", CultureInfo.InvariantCulture), model,
                    F(s.HitRate), F(s.Ndcg), F(s.Recall), F(s.MeanAveragePrecision), F(s.Coverage),
                    $"{result.FitSeconds[model].ToString("0.0", CultureInfo.InvariantCulture)} s",
                    result.MillisecondsPerList[model].ToString("0.000", CultureInfo.InvariantCulture));
            }
        }

        return table;
    }

    public static string ToJson(RecsEvalResult result)
    {
        var k = result.K;
        var variants = new JsonObject();
        foreach (var variant in result.Variants)
        {
            var models = new JsonObject();
            foreach (var (model, s) in variant.Models)
            {
                models[model] = new JsonObject
                {
                    [$"hr@{k}"] = Round(s.HitRate),
                    [$"ndcg@{k}"] = Round(s.Ndcg),
                    [$"recall@{2 * k}"] = Round(s.Recall),
                    [$"map@{k}"] = Round(s.MeanAveragePrecision),
                    ["coverage"] = Round(s.Coverage),
                };
            }

            variants[variant.Name] = new JsonObject { ["users"] = variant.Users, ["models"] = models };
        }

        return new JsonObject
        {
            ["eval"] = "recs",
            ["split"] = result.Split.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["variants"] = variants,
        }.ToJsonString();
    }

    static double Round(double value) => Math.Round(value, 4);

    static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
