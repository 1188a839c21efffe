using Elara.Grains.Behaviour;
using Elara.Grains.Embeddings;
using Elara.Grains.Recommenders;
using Elara.Grains.Search;
using Elara.Silo.Import;

namespace Elara.Bench.Recommendations;

/// <summary>
/// Elara's hybrid recommender, fed the way the shop feeds it: every invoice before the split is one batch of purchase
/// events replayed through <see cref="TasteLearning"/> into the customer's preference vector and the item graph, and
/// lists come from the same <see cref="HybridRanker"/> the user grain calls, at the split's moment.
/// </summary>
public sealed class ElaraRecsModel : IRecsModel
{
    /// <summary>Popular products offered to the ranker (its cold-start pool), by recent buyers.</summary>
    const int PopularPool = 100;

    readonly RecommenderOptions options;
    readonly Dictionary<string, PreferenceVector> tastes = new(StringComparer.Ordinal);
    readonly ItemGraph graph;
    readonly ProductVectorIndex catalog;
    readonly HybridRanker ranker;
    readonly List<PopularProduct> popular;
    readonly DateTimeOffset now;

    public ElaraRecsModel(SplitData data, IReadOnlyDictionary<string, ProductRecord> products, RecommenderOptions options, Action<double>? progress = null)
    {
        this.options = options;
        now = data.Split;
        graph = new ItemGraph(options);
        ranker = new HybridRanker(options);
        catalog = Catalog(products);
        var recentBuyers = new Dictionary<string, double>(StringComparer.Ordinal);
        var invoices = data.Train.GroupBy(p => (p.Customer, p.Invoice)).OrderBy(g => g.Min(p => p.At)).ToList();
        for (var i = 0; i < invoices.Count; i++)
        {
            var invoice = invoices[i];
            var signals = invoice.Select(p => Signal(p)).ToList();
            var update = TasteLearning.Learn(invoice.Key.Customer, tastes.GetValueOrDefault(invoice.Key.Customer) ?? PreferenceVector.Empty, signals, options);
            tastes[invoice.Key.Customer] = update.Taste;
            graph.Apply(update.Graph);
            foreach (var product in invoice.Select(p => p.StockCode).Distinct())
            {
                recentBuyers[product] = recentBuyers.GetValueOrDefault(product) + options.TasteHalfLife.Factor(invoice.First().At, now);
            }

            if (i % 1000 == 0)
            {
                progress?.Invoke((double)i / invoices.Count);
            }
        }

        var best = recentBuyers.Count == 0 ? 1 : recentBuyers.Values.Max();
        popular = [.. recentBuyers.OrderByDescending(p => p.Value).Take(PopularPool).Select(p => new PopularProduct(p.Key, p.Value / best, Trending: false))];
        progress?.Invoke(1);
    }

    public string Name => "elara";

    public IReadOnlyList<string> Recommend(string customer, IReadOnlySet<string> excluded, int count)
    {
        var taste = tastes.GetValueOrDefault(customer) ?? PreferenceVector.Empty;
        var request = new RankingRequest(customer, taste, now, count, [], excluded, BuyAgain: excluded.Count == 0, popular);
        return [.. ranker.Rank(request, graph, catalog).Select(r => r.ProductId)];
    }

    TasteSignal Signal(PurchaseLine line)
    {
        catalog.TryGet(line.StockCode, out var facts);
        return new TasteSignal(BehaviourKind.Purchase, line.StockCode, facts?.Category ?? "", facts?.Price ?? 0, facts?.Vector, line.Quantity, line.At);
    }

    /// <summary>The shop's catalog at the split, with content vectors from the embedding Elara trains on its own product texts.</summary>
    static ProductVectorIndex Catalog(IReadOnlyDictionary<string, ProductRecord> products)
    {
        var texts = products.ToDictionary(p => p.Key, p => TitleCase.Of(p.Value.Description), StringComparer.Ordinal);
        var model = CatalogEmbeddingTrainer.Train([.. texts.Values.Select(t => (IReadOnlyList<string>)[.. TextAnalyzer.Terms(t)])], EmbeddingOptions.Default, new Random(7));
        var facts = texts.ToDictionary(
            t => t.Key,
            t =>
            {
                var vector = new float[model.Dimensions];
                model.Embed(t.Value, vector);
                return new ProductFacts(t.Value, RetailCategoryRules.CategoryFor(products[t.Key].Description), products[t.Key].Price, Stock: 1, vector);
            },
            StringComparer.Ordinal);
        return new ProductVectorIndex(facts, model.Dimensions);
    }
}
