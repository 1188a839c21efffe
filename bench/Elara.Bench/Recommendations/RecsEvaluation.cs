using System.Diagnostics;
using Elara.Bench.Search;
using Elara.Grains.Recommenders;

namespace Elara.Bench.Recommendations;

/// <summary>
/// <c>eval recs</c>: reads the file, splits it in time, fits popularity, item-kNN and Elara's hybrid on the purchases
/// before the split, and scores each model's lists for every test customer on both variants.
/// </summary>
public static class RecsEvaluation
{
    public static RecsEvalResult Run(RecsEvalOptions options)
    {
        var split = new DateTimeOffset(options.Split.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        RecsEvalResult? result = null;
        SearchProgress.Create().Start(progress =>
        {
            var reading = progress.AddTask("read purchases", maxValue: 1);
            var log = PurchaseLog.Read(options.File, (done, total) => reading.Value = total == 0 ? 1 : (double)done / total);
            reading.Value = 1;
            var data = SplitData.Of(log.Purchases, split);
            if (data.Train.Count == 0 || data.TruthAll.Count == 0)
            {
                throw new InvalidDataException(
                    $"The split {options.Split:yyyy-MM-dd} leaves no customer with purchases on both sides " +
                    $"({data.Train.Count:N0} purchases before it, {log.Purchases.Count - data.Train.Count:N0} on or after).");
            }

            var catalog = log.CatalogBefore(split);
            var fitSeconds = new Dictionary<string, double>();
            var fitting = progress.AddTask("fit models", maxValue: 1);
            var models = new List<IRecsModel>
            {
                Timed(() => new PopularityModel(data), fitSeconds),
                Timed(() => new ItemKnnModel(data), fitSeconds),
                Timed(() => new ElaraRecsModel(data, catalog, new RecommenderOptions(), f => fitting.Value = f), fitSeconds),
            };
            fitting.Value = 1;

            var perList = models.ToDictionary(m => m.Name, _ => 0.0);
            var variants = new List<VariantResult>();
            foreach (var (name, truth, exclude) in new[] { ("all", data.TruthAll, false), ("new", data.TruthNew, true) })
            {
                var task = progress.AddTask($"rank \"{name}\" for {truth.Count:N0} customers", maxValue: truth.Count * models.Count);
                var scores = new List<(string, ListScores)>();
                foreach (var model in models)
                {
                    var scorer = new RankingScorer(options.K, catalog.Count);
                    var watch = Stopwatch.StartNew();
                    foreach (var (customer, bought) in truth.OrderBy(t => t.Key, StringComparer.Ordinal))
                    {
                        IReadOnlySet<string> excluded = exclude ? data.History[customer] : new HashSet<string>();
                        scorer.Add(model.Recommend(customer, excluded, 2 * options.K), bought);
                        task.Increment(1);
                    }

                    perList[model.Name] += watch.Elapsed.TotalMilliseconds / truth.Count / 2;
                    scores.Add((model.Name, scorer.Scores()));
                }

                variants.Add(new VariantResult(name, truth.Count, scores));
            }

            result = new RecsEvalResult(
                options.File, options.Split, options.K, log.Purchases.Count, data.Train.Count, catalog.Count,
                data.History.Count, variants, fitSeconds, perList);
        });
        return result!;
    }

    static IRecsModel Timed(Func<IRecsModel> fit, Dictionary<string, double> seconds)
    {
        var watch = Stopwatch.StartNew();
        var model = fit();
        seconds[model.Name] = watch.Elapsed.TotalSeconds;
        return model;
    }
}
