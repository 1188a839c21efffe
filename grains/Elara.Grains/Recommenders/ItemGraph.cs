namespace Elara.Grains.Recommenders;

/// <summary>
/// Item-to-item co-occurrence, SAR-style: two products co-occur when one shopper touches them close in time (each new
/// product against their recent ones) or buys them in one basket. Similarity normalises the count by both products'
/// occurrences. Rows are bounded, so memory grows with the catalog, not with traffic. Not thread-safe.
/// </summary>
public sealed class ItemGraph(RecommenderOptions options)
{
    readonly Dictionary<string, ItemRow> rows = new(StringComparer.Ordinal);

    public int Count => rows.Count;

    /// <summary>A shopper touched <paramref name="productId"/> after <paramref name="recent"/> (newest first, may include it).</summary>
    public void AddInteraction(string productId, IEnumerable<string> recent, double weight)
    {
        var row = Row(productId);
        row.Occurrences += weight;
        foreach (var other in recent)
        {
            if (other != productId)
            {
                row.Add(other, weight, 1, options.MaxPartners);
                Row(other).Add(productId, weight, 1, options.MaxPartners);
            }
        }
    }

    /// <summary>One basket (an order, an invoice): every pair of its distinct products was bought together.</summary>
    public void AddBasket(IReadOnlyCollection<string> productIds)
    {
        var distinct = productIds.Distinct(StringComparer.Ordinal).ToList();

        // A basket of a hundred lines says less about each of its pairs than a basket of three.
        var weight = options.BasketWeight * (options.HeavyShopperDamping > 0 ? Math.Pow(distinct.Count, -options.HeavyShopperDamping) : 1);
        foreach (var id in distinct)
        {
            var row = Row(id);
            row.Occurrences += weight;
            foreach (var other in distinct)
            {
                if (other != id)
                {
                    row.Add(other, weight, 1, options.MaxPartners);
                }
            }
        }
    }

    /// <summary>Learns what a batch of one shopper's events taught (see <see cref="TasteLearning"/>).</summary>
    public void Apply(ItemGraphChange change)
    {
        foreach (var c in change.CoOccurrences)
        {
            AddInteraction(c.ProductId, c.Recent, c.Weight);
        }

        foreach (var basket in change.Baskets)
        {
            AddBasket(basket);
        }
    }

    /// <summary>Restores a product's stored basket companions (a silo warming up): its row only, as each product has its own.</summary>
    public void AddBasketPartners(string productId, int baskets, IEnumerable<(string ProductId, int Baskets)> partners)
    {
        var row = Row(productId);
        row.Occurrences += baskets * options.BasketWeight;
        foreach (var (partner, count) in partners)
        {
            row.Add(partner, count * options.BasketWeight, count, options.MaxPartners);
        }
    }

    public double Occurrences(string productId) => rows.TryGetValue(productId, out var row) ? row.Occurrences : 0;

    /// <summary>The products most like <paramref name="productId"/> by co-occurrence, with their similarity, best first.</summary>
    public IReadOnlyList<(string ProductId, double Similarity, int Times)> Neighbours(string productId, int limit)
    {
        if (!rows.TryGetValue(productId, out var row))
        {
            return [];
        }

        return [.. row.Partners
            .Select(p => (p.Key, Similarity(row.Occurrences, p.Key, p.Value.Weight), p.Value.Times))
            .OrderByDescending(p => p.Item2)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(limit)];
    }

    /// <summary>Adds <paramref name="weight"/> x similarity to every partner of <paramref name="productId"/> in <paramref name="scores"/>.</summary>
    public void Spread(string productId, double weight, Dictionary<string, CollaborativeScore> scores)
    {
        if (!rows.TryGetValue(productId, out var row))
        {
            return;
        }

        foreach (var (partner, tally) in row.Partners)
        {
            var contribution = weight * Similarity(row.Occurrences, partner, tally.Weight);
            scores[partner] = scores.TryGetValue(partner, out var score)
                ? score.Add(contribution, productId, tally.Times)
                : new CollaborativeScore(contribution, productId, contribution, tally.Times);
        }
    }

    double Similarity(double occurrences, string partner, double count)
    {
        var partnerOccurrences = Math.Max(Occurrences(partner), count);
        return count / (Math.Pow(Math.Max(occurrences, count), options.SimilarityAsymmetry) * Math.Pow(partnerOccurrences, options.PartnerPopularityPenalty));
    }

    ItemRow Row(string productId)
    {
        if (!rows.TryGetValue(productId, out var row))
        {
            rows[productId] = row = new ItemRow();
        }

        return row;
    }
}
