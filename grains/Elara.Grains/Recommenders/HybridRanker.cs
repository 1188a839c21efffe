using System.Globalization;
using System.Numerics.Tensors;
using Elara.Grains.Recommendations;

namespace Elara.Grains.Recommenders;

/// <summary>
/// "Recommended for you": blends item-to-item co-occurrence from the shopper's strongest and most recent products, what
/// shoppers have in common with everything this shopper has (the shared matrix, summed like item-kNN), what the
/// shoppers most like this one took lately ("people like you", user-kNN), content similarity to their preference
/// vector, popularity/trending and (when allowed) buying again; drops what must not be shown and what is out of stock;
/// then picks a diverse list (MMR over content vectors with a per-category cap), each item with the reason of the
/// signal that weighed most. Pure: no grain, clock or store.
/// </summary>
public sealed class HybridRanker(RecommenderOptions options)
{
    /// <summary>Candidates kept for the diversity pass, per item asked for.</summary>
    const int PoolPerItem = 5;

    /// <summary>The shopper's strongest categories that add candidates of their own.</summary>
    const int FavouriteCategories = 3;

    /// <summary>Candidates worst first: the lower score, or on a tie the later id (the list's order reversed).</summary>
    static readonly Comparer<Candidate> WorseFirst = Comparer<Candidate>.Create((x, y) =>
        x.Score != y.Score ? x.Score.CompareTo(y.Score) : string.CompareOrdinal(y.ProductId, x.ProductId));

    public IReadOnlyList<RankedItem> Rank(RankingRequest request, ItemGraph graph, IProductFacts catalog)
    {
        if (request.Limit <= 0)
        {
            return [];
        }

        using var collaborative = graph.Spread(Seeds(request));
        var latest = LatestProducts(request);
        using var shared = graph.SpreadShared(options.SharedWeight > 0 ? latest : []);
        using var people = graph.SpreadPeopleLikeYou(request.ShopperId, options.PeopleLikeYouWeight > 0 ? latest : []);
        var query = QueryVector(request, catalog);
        var candidates = new CandidateSet(graph, (2 * options.CollaborativeCandidates) + options.PeopleLikeYouCandidates + options.ContentCandidates + request.Popular.Count);
        candidates.AddStrongest(collaborative, options.CollaborativeCandidates);
        candidates.AddStrongest(shared, options.CollaborativeCandidates);
        candidates.AddStrongest(people, options.PeopleLikeYouCandidates);
        if (query is not null)
        {
            candidates.AddRange(catalog.Nearest(query, options.ContentCandidates).Select(n => n.ProductId));
        }

        candidates.AddRange(request.Popular.Select(p => p.ProductId));
        var categories = Categories(request, catalog);
        if (query is null)
        {
            // Without a vector to look near, the favourite categories stand in for content; with one, they added
            // nothing on the Online Retail eval (same figures) and were a third of the products scored.
            foreach (var category in categories.OrderByDescending(c => c.Value).Take(FavouriteCategories).Select(c => c.Key))
            {
                candidates.AddRange(catalog.InCategory(category, options.ContentCandidates));
            }
        }

        var bought = request.Taste.Items.Where(i => i.Purchases > 0).ToDictionary(i => i.ProductId, StringComparer.Ordinal);
        if (request.BuyAgain)
        {
            candidates.AddRange(bought.Keys);
        }

        var popular = request.Popular.ToDictionary(p => p.ProductId, StringComparer.Ordinal);
        var (bestCollaborative, bestShared, bestPeople) = (collaborative.Max, shared.Max, people.Max);
        var again = request.BuyAgain ? BuyAgainScores(request, bought) : [];

        // The most the signals read from the catalog can add: a candidate whose graph signals plus these cannot enter
        // the pool is dropped before its facts are looked up (cosine can round a hair above 1).
        var mostContent = query is null ? 0 : Math.Max(0, options.ContentWeight * 1.001);
        var mostCategory = categories.Values.Select(c => options.CategoryWeight * c).Append(0).Max();
        var mostPopularity = request.Popular.Select(p => options.PopularityWeight * p.Score).Append(0).Max();
        var pool = new TopScoredHeap<Candidate>((request.Limit * PoolPerItem) + 20, WorseFirst);
        foreach (var (id, product) in candidates)
        {
            var cfScore = collaborative.TryGetAt(product, out var cf) && bestCollaborative > 0 ? options.CollaborativeWeight * cf.Score / bestCollaborative : 0;
            var sharedScore = shared.TryGetAt(product, out var sh) && bestShared > 0 ? options.SharedWeight * sh.Score / bestShared : 0;
            var peopleScore = people.TryGetAt(product, out var like) && bestPeople > 0 ? options.PeopleLikeYouWeight * like.Score / bestPeople : 0;
            var againScore = again.TryGetValue(id, out var a) ? options.BuyAgainWeight * a : 0;
            if (pool.IsFull
                && !Beats(new RankingSignals(cfScore, sharedScore, peopleScore, mostContent, mostCategory, mostPopularity, againScore).Total, id, pool.Weakest))
            {
                continue;
            }

            if (request.Excluded.Contains(id) || (request.Anchors.Contains(id) && !again.ContainsKey(id))
                || !catalog.TryGet(id, out var facts) || !facts.InStock)
            {
                continue;
            }

            var parts = new RankingSignals(
                cfScore,
                sharedScore,
                peopleScore,
                query is not null && facts.Vector is { Length: > 0 } v && v.Length == query.Length
                    ? options.ContentWeight * Math.Max(0, TensorPrimitives.CosineSimilarity(query, v))
                    : 0,
                options.CategoryWeight * categories.GetValueOrDefault(facts.Category),
                popular.TryGetValue(id, out var pop) ? options.PopularityWeight * pop.Score : 0,
                againScore);

            // Most candidates score below the pool's weakest: they are never built.
            if (!pool.IsFull || Beats(parts.Total, id, pool.Weakest))
            {
                pool.Offer(new Candidate(id, facts, parts, parts.Shared > parts.Collaborative ? sh : cf, like.Times, pop, bought.GetValueOrDefault(id)));
            }
        }

        return [.. Diverse(pool.Best(), request.Limit).Select(c =>
        {
            var (source, reason) = Explain(c, request, catalog);
            return new RankedItem(c.ProductId, c.Score, source, reason);
        })];
    }

    /// <summary>The products collaborative scores spread from: taste (decayed, session boosted) plus the anchors, strongest.</summary>
    List<(string ProductId, double Weight)> Seeds(RankingRequest request)
    {
        var decay = options.TasteHalfLife;
        var weights = request.Taste.AffinitiesAt(request.Now, decay)
            .Take(options.Seeds)
            .ToDictionary(x => x.Item.ProductId, x => x.Score, StringComparer.Ordinal);
        var best = weights.Count == 0 ? 1 : weights.Values.Max();
        foreach (var id in request.Taste.Session(options.SessionSpan))
        {
            weights[id] = weights.GetValueOrDefault(id) + (options.SessionBoost * best);
        }

        // What the shopper is looking at now outweighs everything they liked before, the session included.
        var strongest = weights.Count == 0 ? 1 : weights.Values.Max();
        foreach (var id in request.Anchors)
        {
            weights[id] = weights.GetValueOrDefault(id) + (2 * strongest);
        }

        return [.. weights.Select(w => (w.Key, w.Value))];
    }

    /// <summary>
    /// The shopper's latest products: what the shared term sums over, like item-kNN over their history, and what
    /// "people like you" finds their neighbours by.
    /// </summary>
    List<string> LatestProducts(RankingRequest request) =>
        [.. request.Taste.Items.OrderByDescending(i => i.At).Take(options.SharedSeeds).Select(i => i.ProductId)];

    /// <summary>The shopper's category interest (favourite = 1); the anchors' categories count as favourites.</summary>
    Dictionary<string, double> Categories(RankingRequest request, IProductFacts catalog)
    {
        var categories = request.Taste.CategoriesAt(request.Now, options.TasteHalfLife).ToDictionary(c => c.Category, c => c.Score, StringComparer.Ordinal);
        foreach (var id in request.Anchors)
        {
            if (catalog.TryGet(id, out var facts))
            {
                categories[facts.Category] = 1;
            }
        }

        return categories;
    }

    /// <summary>The preference vector (unit length) plus the anchors' vectors: what content similarity is measured against.</summary>
    static float[]? QueryVector(RankingRequest request, IProductFacts catalog)
    {
        float[]? query = null;
        if (request.Taste.Vector.Length > 0 && TensorPrimitives.Norm(request.Taste.Vector) is > 0 and var norm)
        {
            query = new float[request.Taste.Vector.Length];
            TensorPrimitives.Divide(request.Taste.Vector, norm, query);
        }

        foreach (var id in request.Anchors)
        {
            if (catalog.TryGet(id, out var facts) && facts.Vector is { Length: > 0 } v)
            {
                query ??= new float[v.Length];
                if (query.Length == v.Length)
                {
                    TensorPrimitives.MultiplyAdd(v, 2f, query, query);
                }
            }
        }

        return query;
    }

    /// <summary>Bought products scaled 0..1 by their decayed affinity times how often they were bought.</summary>
    Dictionary<string, double> BuyAgainScores(RankingRequest request, Dictionary<string, ItemAffinity> bought)
    {
        var decay = options.TasteHalfLife;
        var raw = bought.Values.ToDictionary(i => i.ProductId, i => i.Score * decay.Factor(i.At, request.Now) * Math.Log2(1 + i.Purchases), StringComparer.Ordinal);
        var best = raw.Count == 0 ? 0 : raw.Values.Max();
        return best <= 0 ? [] : raw.ToDictionary(r => r.Key, r => r.Value / best, StringComparer.Ordinal);
    }

    static (RecommendationSource, string) Explain(Candidate candidate, RankingRequest request, IProductFacts catalog)
    {
        var (parts, cf, popular, bought, facts) = (candidate.Parts, candidate.Because, candidate.Popular, candidate.Bought, candidate.Facts);
        var strongest = new[] { Math.Max(parts.Collaborative, parts.Shared), parts.PeopleLikeYou, parts.Content, parts.Category, parts.Popularity, parts.BuyAgain }.Max();
        if (strongest > 0 && strongest == parts.BuyAgain && bought is not null)
        {
            return (RecommendationSource.BuyAgain, bought.Purchases > 1
                ? string.Create(CultureInfo.InvariantCulture, $"you have bought this {bought.Purchases} times")
                : "you bought this before");
        }

        if (strongest > 0 && strongest == Math.Max(parts.Collaborative, parts.Shared) && cf.Because is { } becauseId && catalog.TryGet(becauseId, out var because))
        {
            return CollaborativeReason(becauseId, cf.Times, because, facts, request);
        }

        // Neighbours learn from every product new to them, viewed or bought, so the reason claims only that they have it.
        if (strongest > 0 && strongest == parts.PeopleLikeYou && candidate.LikeYou > 0)
        {
            return (RecommendationSource.PeopleLikeYou, candidate.LikeYou > 1
                ? string.Create(CultureInfo.InvariantCulture, $"popular with shoppers like you ({candidate.LikeYou} of them)")
                : "a shopper like you went for this");
        }

        if (strongest > 0 && strongest == parts.Content)
        {
            return request.Anchors.FirstOrDefault() is { } anchor && catalog.TryGet(anchor, out var anchored)
                ? (RecommendationSource.Content, $"similar to {anchored.Name}")
                : (RecommendationSource.Content, $"close to what you like in {facts.Category}");
        }

        if (strongest > 0 && strongest == parts.Category)
        {
            return request.Anchors.Count > 0
                ? (RecommendationSource.Content, $"more in {facts.Category}")
                : (RecommendationSource.Content, $"because you like {facts.Category}");
        }

        return popular is { Trending: true }
            ? (RecommendationSource.Trending, $"trending in {facts.Category}")
            : (RecommendationSource.Popular, $"popular in {facts.Category}");
    }

    static (RecommendationSource, string) CollaborativeReason(string becauseId, int times, ProductFacts because, ProductFacts facts, RankingRequest request)
    {
        if (request.Anchors.Contains(becauseId))
        {
            return because.Category != facts.Category
                ? (RecommendationSource.CrossCategory, $"goes well with {because.Name}")
                : (RecommendationSource.BoughtTogether, $"often bought with {because.Name}");
        }

        var affinity = request.Taste.Items.FirstOrDefault(i => i.ProductId == becauseId);
        if (affinity?.Strongest == AffinityKind.Bought && times >= 2)
        {
            return (RecommendationSource.PeopleLikeYou,
                string.Create(CultureInfo.InvariantCulture, $"shoppers who bought {because.Name} also bought this ({times} times together)"));
        }

        var verb = affinity?.Strongest switch
        {
            AffinityKind.Bought => "bought",
            AffinityKind.Carted => "added",
            AffinityKind.Wished => "wished for",
            _ => "viewed",
        };
        return (RecommendationSource.Collaborative, $"because you {verb} {because.Name}");
    }

    /// <summary>
    /// Greedy MMR over the best-scored candidates: each pick is the best score less its likeness to what is already picked, within the category cap.
    /// Each candidate keeps its likeness to the picks so far, so a pick costs one comparison per candidate left.
    /// </summary>
    List<Candidate> Diverse(List<Candidate> pool, int limit)
    {
        var cap = Math.Max(1, (int)Math.Ceiling(limit * options.MaxCategoryShare));
        var picked = new List<Candidate>(limit);
        var perCategory = new Dictionary<string, int>(StringComparer.Ordinal);
        while (picked.Count < limit && pool.Count > 0)
        {
            // The best within the cap, or the best of all once every category left is at it.
            var (within, withinValue, any, anyValue) = (-1, double.NegativeInfinity, -1, double.NegativeInfinity);
            for (var i = 0; i < pool.Count; i++)
            {
                var value = pool[i].Score - (options.DiversityPenalty * pool[i].Likeness);
                if (value > anyValue)
                {
                    (any, anyValue) = (i, value);
                }

                if (value > withinValue && perCategory.GetValueOrDefault(pool[i].Facts.Category) < cap)
                {
                    (within, withinValue) = (i, value);
                }
            }

            var at = within >= 0 ? within : any;
            var best = pool[at];
            picked.Add(best);
            pool.RemoveAt(at);
            perCategory[best.Facts.Category] = perCategory.GetValueOrDefault(best.Facts.Category) + 1;
            foreach (var candidate in pool)
            {
                candidate.Likeness = Math.Max(candidate.Likeness, Likeness(candidate, best));
            }
        }

        return picked;
    }

    /// <summary>Whether a product scored <paramref name="score"/> would rank above <paramref name="weakest"/>, as <see cref="WorseFirst"/> orders them.</summary>
    static bool Beats(double score, string id, Candidate weakest) =>
        score != weakest.Score ? score > weakest.Score : string.CompareOrdinal(id, weakest.ProductId) < 0;

    static double Likeness(Candidate candidate, Candidate other) =>
        candidate.Facts.Vector is { Length: > 0 } a && other.Facts.Vector is { Length: > 0 } b && a.Length == b.Length
            ? Math.Max(0, TensorPrimitives.CosineSimilarity(a, b))
            : candidate.Facts.Category == other.Facts.Category ? 0.5 : 0;
}
