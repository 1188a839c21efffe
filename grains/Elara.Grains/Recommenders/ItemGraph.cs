namespace Elara.Grains.Recommenders;

/// <summary>
/// Item-to-item co-occurrence, SAR-style, in two matrices. The recent one: two products co-occur when one shopper touches
/// them close in time (each new product against their recent ones) or buys them in one basket. The shared one: two
/// products co-occur once for every shopper who has both anywhere in their history (item-kNN's signal, learned
/// incrementally). Similarity normalises the count by both products' occurrences. Rows are bounded, so memory grows with
/// the catalog, not with traffic. Products are held by index, so spreading scores needs no string hashing. Beside the
/// matrices, the shoppers behind the shared one (<see cref="ShopperGraph"/>) give "people like you". Not thread-safe.
/// </summary>
public sealed class ItemGraph(RecommenderOptions options)
{
    readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    readonly List<string> products = [];
    readonly CoOccurrenceMatrix recent = new(options.Neighbours, 1);
    readonly CoOccurrenceMatrix shared = new(options.SharedNeighbours, options.SharedAmplification);
    readonly ShopperGraph shoppers = new(options);

    public int Count => recent.Count;

    /// <summary>The shoppers kept for "people like you" (at most <see cref="RecommenderOptions.MaxShoppers"/>).</summary>
    public int Shoppers => shoppers.Count;

    /// <summary>A shopper touched <paramref name="productId"/> after <paramref name="recent"/> (newest first, may include it).</summary>
    public void AddInteraction(string productId, IEnumerable<string> recent, double weight) =>
        AddInteraction(Index(productId), [.. recent.Select(Index)], weight);

    void AddInteraction(int id, List<int> recent, double weight)
    {
        var row = this.recent.Row(id);
        row.Occur(weight);
        foreach (var partner in recent)
        {
            if (partner != id)
            {
                row.Add(partner, weight, 1, options.MaxPartners);
                this.recent.Row(partner).Add(id, weight, 1, options.MaxPartners);
            }
        }
    }

    /// <summary>One basket (an order, an invoice): every pair of its distinct products was bought together.</summary>
    public void AddBasket(IReadOnlyCollection<string> productIds)
    {
        var distinct = productIds.Distinct(StringComparer.Ordinal).Select(Index).ToList();

        // A basket of a hundred lines says less about each of its pairs than a basket of three.
        var weight = options.BasketWeight * (options.HeavyShopperDamping > 0 ? Math.Pow(distinct.Count, -options.HeavyShopperDamping) : 1);
        foreach (var id in distinct)
        {
            var row = recent.Row(id);
            row.Occur(weight);
            foreach (var other in distinct)
            {
                if (other != id)
                {
                    row.Add(other, weight, 1, options.MaxPartners);
                }
            }
        }
    }

    /// <summary>
    /// Each added product counts one more shopper, and one more shared with each of the shopper's products before it, up
    /// to the <see cref="RecommenderOptions.SharedContext"/> latest: that bounds what one event costs every silo. The
    /// shopper's products learn it too, for "people like you".
    /// </summary>
    public void AddNewToShopper(NewToShopper fresh)
    {
        var known = fresh.Known.Select(Index).ToList();
        shoppers.Add(fresh.ShopperId, known, fresh.Added.Select(Index));
        foreach (var productId in fresh.Added)
        {
            var id = Index(productId);
            var row = shared.Row(id);
            row.Occur(1);
            for (var i = Math.Max(0, known.Count - options.SharedContext); i < known.Count; i++)
            {
                var other = known[i];
                if (other != id)
                {
                    row.Add(other, 1, 1, options.MaxPartners);
                    shared.Row(other).Add(id, 1, 1, options.MaxPartners);
                }
            }

            known.Add(id);
        }
    }

    /// <summary>Learns what a batch of one shopper's events taught (see <see cref="TasteLearning"/>).</summary>
    public void Apply(ItemGraphChange change)
    {
        foreach (var touches in change.Touches)
        {
            // By index: each recent product is hashed once per batch, not once per pair.
            List<int> recent = [.. touches.RecentBefore.Select(Index)];
            for (var i = 0; i < touches.ProductIds.Count; i++)
            {
                var id = Index(touches.ProductIds[i]);
                AddInteraction(id, recent, touches.Weights[i]);
                RecentProducts.Push(recent, id, id => id, options.RecentKept);
            }
        }

        foreach (var basket in change.Baskets)
        {
            AddBasket(basket);
        }

        foreach (var fresh in change.NewToShoppers)
        {
            AddNewToShopper(fresh);
        }

        foreach (var shopperId in change.ForgottenShoppers)
        {
            shoppers.Forget(shopperId);
        }
    }

    /// <summary>Restores a product's stored basket companions (a silo warming up): its row only, as each product has its own.</summary>
    public void AddBasketPartners(string productId, int baskets, IEnumerable<(string ProductId, int Baskets)> partners)
    {
        var row = recent.Row(Index(productId));
        row.Occur(baskets * options.BasketWeight);
        foreach (var (partner, count) in partners)
        {
            row.Add(Index(partner), count * options.BasketWeight, count, options.MaxPartners);
        }
    }

    /// <summary>The product's index in the graph, -1 for one it has not met.</summary>
    internal int IndexOf(string productId) => index.TryGetValue(productId, out var id) ? id : -1;

    /// <summary>The id of the product at <paramref name="product"/>, an index the graph handed out.</summary>
    internal string ProductAt(int product) => products[product];

    public double Occurrences(string productId) => index.TryGetValue(productId, out var id) ? recent.Occurrences(id) : 0;

    /// <summary>The products most like <paramref name="productId"/> by co-occurrence, with their similarity, best first.</summary>
    public IReadOnlyList<(string ProductId, double Similarity, int Times)> Neighbours(string productId, int limit)
    {
        if (!index.TryGetValue(productId, out var id) || recent.Find(id) is not { } row)
        {
            return [];
        }

        return [.. Best(recent, row).Take(limit).Select(n => (products[n.Partner], n.Similarity, n.Times))];
    }

    /// <summary>Each partner of the seeds scored by the sum of seed weight x similarity, over the recent matrix.</summary>
    public SpreadScores Spread(IEnumerable<(string ProductId, double Weight)> seeds) => Spread(recent, seeds);

    /// <summary>Each partner of the products scored by the sum of its similarities to them, over the shared matrix.</summary>
    public SpreadScores SpreadShared(IEnumerable<string> productIds) => Spread(shared, productIds.Select(id => (id, 1.0)));

    /// <summary>The shoppers most like one who has <paramref name="productIds"/> (never <paramref name="shopperId"/>), best first.</summary>
    public IReadOnlyList<(string ShopperId, double Similarity)> ShoppersLike(string? shopperId, IEnumerable<string> productIds) =>
        [.. shoppers.Neighbours(shopperId, Known(productIds)).Select(n => (shoppers.Id(n.Shopper), n.Similarity))];

    /// <summary>
    /// "People like you": every product of the shoppers most like this one (found by <paramref name="productIds"/>, the
    /// shopper never among them) scored by the sum of their similarities, with how many of them have it. Only each
    /// neighbour's <see cref="RecommenderOptions.NeighbourProducts"/> latest products count: what they took lately says
    /// more about what this shopper takes next.
    /// </summary>
    public SpreadScores SpreadPeopleLikeYou(string? shopperId, IEnumerable<string> productIds)
    {
        var neighbours = shoppers.Neighbours(shopperId, Known(productIds));
        var scores = new SpreadScores(index, products);
        foreach (var (shopper, similarity) in neighbours)
        {
            var theirs = shoppers.Products(shopper);
            foreach (var product in theirs[Math.Max(0, theirs.Length - options.NeighbourProducts)..])
            {
                scores.AddShopper(product, similarity);
            }
        }

        return scores;
    }

    /// <summary>The indices of the products the graph has met, each once.</summary>
    List<int> Known(IEnumerable<string> productIds)
    {
        var known = new HashSet<int>();
        foreach (var id in productIds)
        {
            if (index.TryGetValue(id, out var product))
            {
                known.Add(product);
            }
        }

        return [.. known];
    }

    SpreadScores Spread(CoOccurrenceMatrix matrix, IEnumerable<(string ProductId, double Weight)> seeds)
    {
        var scores = new SpreadScores(index, products);
        foreach (var (productId, weight) in seeds)
        {
            if (index.TryGetValue(productId, out var seed) && matrix.Find(seed) is { } row)
            {
                foreach (var (partner, times, similarity) in Best(matrix, row))
                {
                    scores.Add(partner, weight * similarity, seed, times);
                }
            }
        }

        return scores;
    }

    /// <summary>
    /// The row's most similar partners (as many as the matrix keeps), amplified as it says. Picked lazily and kept
    /// until the row has changed by more than an eighth of its changes so far, so a busy row is re-picked rarely.
    /// Readers may pick at the same time (under a silo's read lock): each only reads the row, then swaps in one reference.
    /// </summary>
    Neighbour[] Best(CoOccurrenceMatrix matrix, ItemRow row)
    {
        if (row.Neighbours is { } kept && row.Version - kept.Version <= kept.Version / 8)
        {
            return kept.Best;
        }

        var version = row.Version;
        var k = matrix.Neighbours;
        var strongest = new PriorityQueue<Neighbour, double>(k + 1);
        foreach (var (partner, tally) in row.Partners)
        {
            var similarity = Similarity(matrix, row.Occurrences, partner, tally.Weight);
            if (strongest.Count < k)
            {
                strongest.Enqueue(new Neighbour(partner, tally.Times, similarity), similarity);
            }
            else if (strongest.TryPeek(out _, out var weakest) && similarity > weakest)
            {
                strongest.EnqueueDequeue(new Neighbour(partner, tally.Times, similarity), similarity);
            }
        }

        var best = strongest.UnorderedItems.Select(n => n.Element)
            .OrderByDescending(n => n.Similarity)
            .ThenBy(n => products[n.Partner], StringComparer.Ordinal)
            .Select(n => matrix.Amplification == 1 ? n : n with { Similarity = Math.Pow(n.Similarity, matrix.Amplification) })
            .ToArray();
        row.Neighbours = new NeighbourList(best, version);
        return best;
    }

    double Similarity(CoOccurrenceMatrix matrix, double occurrences, int partner, double count)
    {
        var partnerOccurrences = Math.Max(matrix.Occurrences(partner), count);
        return count / (Power(Math.Max(occurrences, count), options.SimilarityAsymmetry) * Power(partnerOccurrences, options.PartnerPopularityPenalty));
    }

    /// <summary>x^e, with the square root the defaults use taken the fast way.</summary>
    static double Power(double x, double e) => e == 0.5 ? Math.Sqrt(x) : Math.Pow(x, e);

    int Index(string productId)
    {
        if (!index.TryGetValue(productId, out var id))
        {
            index[productId] = id = products.Count;
            products.Add(productId);
        }

        return id;
    }
}
