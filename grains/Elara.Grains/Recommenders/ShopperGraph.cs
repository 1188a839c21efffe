using System.Buffers;
using System.Runtime.InteropServices;

namespace Elara.Grains.Recommenders;

/// <summary>
/// "People like you" (user-kNN): each shopper's latest products and each product's latest shoppers, by index and both
/// bounded, so memory per shopper and per product is fixed and a request walks a bounded number of shoppers. At most
/// <see cref="RecommenderOptions.MaxShoppers"/> shoppers are kept: a new one takes the place of the one who learned
/// nothing new for longest. A shopper's neighbours are the shoppers whose products overlap theirs most (cosine of the
/// two sets). Products are the <see cref="ItemGraph"/>'s indices. Not thread-safe to learn; many may read at once.
/// </summary>
sealed class ShopperGraph(RecommenderOptions options)
{
    /// <summary>
    /// Overlap counts by shopper index. Arrays go back zeroed (only the entries a request touched are cleared), so a
    /// request never pays for clearing one entry per shopper the silo knows.
    /// </summary>
    static readonly ArrayPool<int> Overlaps = ArrayPool<int>.Create(1 << 24, 16);

    /// <summary>The shoppers a request met, in order; their arrays go back as they are.</summary>
    static readonly ArrayPool<int> Met = ArrayPool<int>.Create(1 << 24, 16);

    readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    readonly List<string> ids = [];
    readonly List<List<int>> products = [];
    readonly List<List<int>?> shoppers = [];

    /// <summary>How many products each shopper holds, side by side: a request reads it for thousands of shoppers.</summary>
    readonly List<int> held = [];

    // Shoppers from the one who learned something last (newest) to the one who has not for longest (oldest), linked
    // through their indices, so a shopper moves to the front and the oldest is found in constant time.
    readonly List<int> older = [];
    readonly List<int> newer = [];
    int newest = -1;
    int oldest = -1;

    /// <summary>How many shoppers are kept (never more than <see cref="RecommenderOptions.MaxShoppers"/>).</summary>
    public int Count => index.Count;

    public string Id(int shopper) => ids[shopper];

    // Spans: these are walked per request, thousands of entries at a time, without an enumerator's interface calls.

    /// <summary>The shopper's products, oldest first (at most <see cref="RecommenderOptions.ShopperProducts"/>).</summary>
    public ReadOnlySpan<int> Products(int shopper) => CollectionsMarshal.AsSpan(products[shopper]);

    /// <summary>The product's latest shoppers, oldest first (at most <see cref="RecommenderOptions.ProductShoppers"/>).</summary>
    public ReadOnlySpan<int> Shoppers(int product) => product < shoppers.Count && shoppers[product] is { } list ? CollectionsMarshal.AsSpan(list) : [];

    /// <summary>
    /// Learns the products new to a shopper. A shopper this silo has not met yet (it started after their first products)
    /// also brings the latest ones they knew.
    /// </summary>
    public void Add(string shopperId, IEnumerable<int> known, IEnumerable<int> added)
    {
        if (!index.TryGetValue(shopperId, out var shopper))
        {
            shopper = Place(shopperId);
            Link(shopper, known);
        }

        Link(shopper, added);
        Unlist(shopper);
        List(shopper);
    }

    /// <summary>
    /// The <see cref="RecommenderOptions.ShopperNeighbours"/> shoppers whose products overlap <paramref name="productIds"/>
    /// most (the shopper themself never), best first: walks each product's latest shoppers only.
    /// </summary>
    public List<ShopperNeighbour> Neighbours(string? shopperId, IReadOnlyCollection<int> productIds)
    {
        var self = shopperId is not null && index.TryGetValue(shopperId, out var s) ? s : -1;
        var overlap = Overlaps.Rent(Math.Max(1, ids.Count));

        // Each shopper is met once, so the shoppers met fit in an array as long as the shoppers known.
        var touched = Met.Rent(Math.Max(1, ids.Count));
        var met = 0;
        try
        {
            foreach (var product in productIds)
            {
                foreach (var shopper in Shoppers(product))
                {
                    if (shopper != self && overlap[shopper]++ == 0)
                    {
                        touched[met++] = shopper;
                    }
                }
            }

            var sizes = CollectionsMarshal.AsSpan(held);
            var k = options.ShopperNeighbours;
            var strongest = new PriorityQueue<ShopperNeighbour, double>(k + 1);
            foreach (var shopper in touched.AsSpan(0, met))
            {
                var similarity = overlap[shopper] / Math.Sqrt((double)productIds.Count * Math.Max(overlap[shopper], sizes[shopper]));
                if (strongest.Count < k)
                {
                    strongest.Enqueue(new ShopperNeighbour(shopper, similarity), similarity);
                }
                else if (strongest.TryPeek(out _, out var weakest) && similarity > weakest)
                {
                    strongest.EnqueueDequeue(new ShopperNeighbour(shopper, similarity), similarity);
                }
            }

            return [.. strongest.UnorderedItems.Select(n => n.Element).OrderByDescending(n => n.Similarity).ThenBy(n => ids[n.Shopper], StringComparer.Ordinal)];
        }
        finally
        {
            foreach (var shopper in touched.AsSpan(0, met))
            {
                overlap[shopper] = 0;
            }

            Overlaps.Return(overlap);
            Met.Return(touched);
        }
    }

    /// <summary>Drops what the shopper had, so they are no one's neighbour; they start afresh if they come back.</summary>
    public void Forget(string shopperId)
    {
        if (index.TryGetValue(shopperId, out var shopper))
        {
            Unlink(shopper);
        }
    }

    /// <summary>A place for a shopper met for the first time: a new one, or the place of the longest idle when full.</summary>
    int Place(string shopperId)
    {
        int shopper;
        if (index.Count < Math.Max(1, options.MaxShoppers))
        {
            shopper = ids.Count;
            ids.Add(shopperId);
            products.Add([]);
            held.Add(0);
            older.Add(-1);
            newer.Add(-1);
        }
        else
        {
            shopper = oldest;
            Unlink(shopper);
            Unlist(shopper);
            index.Remove(ids[shopper]);
            ids[shopper] = shopperId;
        }

        index[shopperId] = shopper;
        return shopper;
    }

    /// <summary>No product counts the shopper any more.</summary>
    void Unlink(int shopper)
    {
        foreach (var product in products[shopper])
        {
            shoppers[product]?.Remove(shopper);
        }

        products[shopper].Clear();
        held[shopper] = 0;
    }

    /// <summary>Puts the shopper first in the idle order.</summary>
    void List(int shopper)
    {
        (older[shopper], newer[shopper]) = (newest, -1);
        if (newest >= 0)
        {
            newer[newest] = shopper;
        }

        newest = shopper;
        if (oldest < 0)
        {
            oldest = shopper;
        }
    }

    /// <summary>Takes the shopper out of the idle order (a no-op for one not in it).</summary>
    void Unlist(int shopper)
    {
        var (before, after) = (older[shopper], newer[shopper]);
        if (before < 0 && after < 0 && newest != shopper)
        {
            return;
        }

        if (before >= 0)
        {
            newer[before] = after;
        }
        else
        {
            oldest = after;
        }

        if (after >= 0)
        {
            older[after] = before;
        }
        else
        {
            newest = before;
        }

        (older[shopper], newer[shopper]) = (-1, -1);
    }

    void Link(int shopper, IEnumerable<int> added)
    {
        var own = products[shopper];
        foreach (var product in added)
        {
            // A product the shopper's taste forgot and met again is not a second product.
            if (own.Contains(product))
            {
                continue;
            }

            if (own.Count == options.ShopperProducts)
            {
                // Their oldest product no longer counts them, so overlaps only count what each shopper holds.
                shoppers[own[0]]?.Remove(shopper);
                own.RemoveAt(0);
            }

            own.Add(product);
            while (shoppers.Count <= product)
            {
                shoppers.Add(null);
            }

            var buyers = shoppers[product] ??= [];
            if (buyers.Count == options.ProductShoppers)
            {
                buyers.RemoveAt(0);
            }

            buyers.Add(shopper);
        }

        held[shopper] = own.Count;
    }
}
