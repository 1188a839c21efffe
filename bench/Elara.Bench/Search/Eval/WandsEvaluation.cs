using Elara.Bench.Search.Catalogs;
using Elara.Bench.Search.Metrics;
using Elara.Bench.Search.Queries;
using Elara.Bench.Search.Systems;

namespace Elara.Bench.Search.Eval;

/// <summary>
/// Graded relevance on WANDS: NDCG@10 with Exact 2, Partial 1, Irrelevant 0. MRR@10 and recall@10 count only Exact
/// products as relevant (recall over min(10, Exact count), so a query with 30 exact matches can reach 1). Queries
/// without any Exact product are left out, since they have nothing to find.
/// </summary>
public static class WandsEvaluation
{
    public static async Task<EvalOutcome> RunAsync(WandsOptions options, CancellationToken cancellationToken)
    {
        WandsSet set = new([], []);
        IReadOnlyList<WandsQuery> queries = [];
        var runs = new List<SystemRun>();
        await SearchProgress.Create().StartAsync(async progress =>
        {
            var reading = progress.AddTask("Read WANDS files", maxValue: 1);
            set = WandsReader.Read(options.Products, options.Queries, options.Labels);
            reading.Increment(1);
            reading.StopTask();

            queries = [.. set.Queries.Where(q => q.Gains.Values.Contains(2))];
            if (queries.Count == 0)
            {
                throw new InvalidDataException($"{options.Labels}: no query has an Exact product, so there is nothing to score.");
            }

            var evalQueries = queries.Select(q => new EvalQuery(q.Text, q.Text, null)).ToArray();

            var elara = new ElaraSearchSystem();
            await using (elara.ConfigureAwait(false))
            {
                runs.Add(await SystemRunner.RunAsync(elara, set.Products, evalQueries, progress, cancellationToken).ConfigureAwait(false));
            }

            var starting = progress.AddTask("Start PostgreSQL", maxValue: 1);
            var postgres = await PostgresFtsSystem.StartAsync(cancellationToken).ConfigureAwait(false);
            await using (postgres.ConfigureAwait(false))
            {
                starting.Increment(1);
                starting.StopTask();
                runs.Add(await SystemRunner.RunAsync(postgres, set.Products, evalQueries, progress, cancellationToken).ConfigureAwait(false));
            }
        }).ConfigureAwait(false);

        var systems = runs.Select(run => SystemScores.Of(run, [.. queries.Select((q, i) => Score(run.Rankings[i], q.Gains))])).ToArray();
        var notes = $"{set.Products.Count:N0} products, {queries.Count:N0} of {set.Queries.Count:N0} queries have an Exact product; " +
            "MRR and recall count Exact only, NDCG is graded (Exact 2, Partial 1).";
        return new EvalOutcome("wands", queries.Count, notes, systems, []);
    }

    public static QueryScore Score(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> gains)
    {
        var exact = gains.Where(g => g.Value == 2).Select(g => g.Key).ToHashSet();
        var top = ranked.Take(RankingMetrics.K).ToArray();
        var first = Array.FindIndex(top, exact.Contains);
        return new QueryScore(
            RankingMetrics.ReciprocalRank(first < 0 ? null : first + 1),
            (double)top.Count(exact.Contains) / Math.Min(RankingMetrics.K, exact.Count),
            RankingMetrics.GradedNdcg(ranked, gains));
    }
}
