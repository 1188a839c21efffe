using Elara.Bench.Measurement;
using Elara.Bench.Search.Catalogs;
using Elara.Bench.Search.Metrics;
using Elara.Bench.Search.Queries;
using Elara.Bench.Search.Systems;
using Elara.Grains.Search;

namespace Elara.Bench.Search.Eval;

/// <summary>
/// Known-item search on a real catalog: each query is a noisy version of one product's name, and that product is the
/// only relevant answer. Targets are sampled among products whose name no other product shares, because for a
/// duplicate name no system could tell which one the shopper meant.
/// </summary>
public static class KnownItemEvaluation
{
    public static async Task<EvalOutcome> RunAsync(KnownItemOptions options, CancellationToken cancellationToken)
    {
        IReadOnlyList<SearchDocument> products = [];
        IReadOnlyList<KnownItemQuery> queries = [];
        var runs = new List<SystemRun>();
        var uniqueNames = 0;
        await SearchProgress.Create().StartAsync(async progress =>
        {
            var reading = progress.AddTask("Read catalog", maxValue: 1);
            products = RetailCatalog.Read(options.Data, fraction => reading.Value = fraction);
            reading.StopTask();

            var unique = products
                .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() == 1)
                .Select(g => g.Single())
                .ToArray();
            uniqueNames = unique.Length;
            if (uniqueNames == 0)
            {
                throw new InvalidDataException($"{options.Data}: no sold product with a five-digit StockCode and a unique description.");
            }

            var random = new Random(options.Seed);
            random.Shuffle(unique);
            var maker = new NoisyQueryMaker(options.Seed);
            queries = [.. unique.Take(options.Queries).Select(maker.Make)];
            var evalQueries = queries.Select(q => q.Query).ToArray();

            var elara = new ElaraSearchSystem();
            await using (elara.ConfigureAwait(false))
            {
                runs.Add(await SystemRunner.RunAsync(elara, products, evalQueries, progress, cancellationToken).ConfigureAwait(false));
            }

            var starting = progress.AddTask("Start PostgreSQL", maxValue: 1);
            var postgres = await PostgresFtsSystem.StartAsync(cancellationToken).ConfigureAwait(false);
            await using (postgres.ConfigureAwait(false))
            {
                starting.Increment(1);
                starting.StopTask();
                runs.Add(await SystemRunner.RunAsync(postgres, products, evalQueries, progress, cancellationToken).ConfigureAwait(false));
            }
        }).ConfigureAwait(false);

        var ranks = runs.Select(run => queries.Select((q, i) => RankingMetrics.RankOf(run.Rankings[i], q.TargetId)).ToArray()).ToArray();
        var systems = runs.Select((run, s) => SystemScores.Of(run, [.. ranks[s].Select(rank => new QueryScore(
            RankingMetrics.ReciprocalRank(rank), RankingMetrics.Hit(rank), RankingMetrics.SingleItemNdcg(rank)))])).ToArray();
        var byNoise = Enum.GetValues<NoiseKind>()
            .Select(kind => (Kind: kind, Indexes: Enumerable.Range(0, queries.Count).Where(i => queries[i].Noise.Contains(kind)).ToArray()))
            .Where(k => k.Indexes.Length > 0)
            .Select(k => new NoiseRecall(
                k.Kind,
                k.Indexes.Length,
                [.. ranks.Select(r => k.Indexes.Average(i => RankingMetrics.Hit(r[i])))],
                [.. runs.Select(run => P95Ms(k.Indexes.Select(i => run.Ticks[i])))]))
            .ToArray();

        var notes = $"{products.Count:N0} products from {Path.GetFileName(options.Data)}; {queries.Count:N0} queries (seed {options.Seed}) " +
            $"for products sampled among the {uniqueNames:N0} with a unique name.";
        return new EvalOutcome("known-item", queries.Count, notes, systems, byNoise);
    }

    static double P95Ms(IEnumerable<long> ticks)
    {
        var histogram = new LatencyHistogram();
        foreach (var t in ticks)
        {
            histogram.Record(t);
        }

        return histogram.PercentileMs(0.95);
    }
}
