using System.Numerics.Tensors;

namespace Elara.Grains.Recommenders;

/// <summary>
/// The products a recommender may show, with their facts and unit content vectors in one row-major block, so a
/// nearest-neighbour query is one SIMD dot product per product read. A small catalog is scanned whole; a large one is
/// partitioned into <see cref="VectorCells"/> on its first query and only the cells nearest the query are read
/// (approximate, like any inverted-file index). Immutable once built: readers need no lock.
/// </summary>
public sealed class ProductVectorIndex : IProductFacts
{
    /// <summary>Up to this many vectors a query scans them all: exact, and still well under a tenth of a millisecond.</summary>
    public const int DefaultExactScanLimit = 4096;

    /// <summary>k-means rounds when partitioning.</summary>
    const int PartitionRounds = 6;

    /// <summary>A query reads at least this many times the rows it asks for, and at least this share of the cells.</summary>
    const int RowsPerResult = 10;

    const double MinCellShare = 0.05;

    readonly Dictionary<string, ProductFacts> facts;
    readonly string[] ids;
    readonly float[] block;
    readonly int dimensions;
    readonly Dictionary<string, List<string>> byCategory;
    readonly Lazy<VectorCells?> cells;
    readonly int exactScanLimit;

    /// <param name="products">Products by id; those with a vector of <paramref name="dimensions"/> floats take part in scans.</param>
    /// <param name="previous">
    /// The shelf this one replaces: when every vector is the same (a price, stock or popularity change), its partition is
    /// reused rather than clustered again.
    /// </param>
    /// <param name="exactScanLimit">Up to this many vectors queries scan them all (exact); past it they read the nearest cells.</param>
    public ProductVectorIndex(
        IReadOnlyDictionary<string, ProductFacts> products, int dimensions, ProductVectorIndex? previous = null, int exactScanLimit = DefaultExactScanLimit)
    {
        this.dimensions = dimensions;
        byCategory = new(StringComparer.Ordinal);
        facts = new Dictionary<string, ProductFacts>(products, StringComparer.Ordinal);
        var withVectors = products.Where(p => p.Value.Vector is { Length: > 0 } v && v.Length == dimensions && TensorPrimitives.Norm(v) > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var (id, product) in products.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!byCategory.TryGetValue(product.Category, out var members))
            {
                byCategory[product.Category] = members = [];
            }

            members.Add(id);
        }

        ids = [.. withVectors.Select(p => p.Key)];
        block = new float[ids.Length * dimensions];
        for (var i = 0; i < ids.Length; i++)
        {
            var row = block.AsSpan(i * dimensions, dimensions);
            var vector = withVectors[i].Value.Vector!;
            TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), row);
        }

        this.exactScanLimit = exactScanLimit;
        cells = previous is not null && previous.exactScanLimit == exactScanLimit && previous.dimensions == dimensions
            && previous.ids.AsSpan().SequenceEqual(ids) && previous.block.AsSpan().SequenceEqual(block)
                ? previous.cells
                : new Lazy<VectorCells?>(() => Partition(block, dimensions, exactScanLimit), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    ProductVectorIndex(ProductVectorIndex shelf, Dictionary<string, ProductFacts> facts)
    {
        this.facts = facts;
        ids = shelf.ids;
        block = shelf.block;
        dimensions = shelf.dimensions;
        byCategory = shelf.byCategory;
        cells = shelf.cells;
        exactScanLimit = shelf.exactScanLimit;
    }

    /// <summary>
    /// This shelf with new prices and stock for products already on it: the vectors, categories and cells are shared, so
    /// it costs a copy of the facts table. No change answers this very shelf.
    /// </summary>
    /// <exception cref="ArgumentException">An offer names a product this shelf does not have.</exception>
    public ProductVectorIndex WithOffers(IReadOnlyCollection<ProductOffer> offers)
    {
        if (offers.Count == 0)
        {
            return this;
        }

        var changed = new Dictionary<string, ProductFacts>(facts, StringComparer.Ordinal);
        foreach (var offer in offers)
        {
            if (!changed.TryGetValue(offer.ProductId, out var product))
            {
                throw new ArgumentException($"Product '{offer.ProductId}' is not on this shelf; a new product needs a new shelf.", nameof(offers));
            }

            changed[offer.ProductId] = product with { Price = offer.Price, Stock = offer.Stock };
        }

        return new ProductVectorIndex(this, changed);
    }

    /// <summary>The cells queries read (built on first use), or null while the catalog is small enough to scan whole.</summary>
    public VectorCells? Cells => cells.Value;

    public static ProductVectorIndex Empty { get; } = new(new Dictionary<string, ProductFacts>(), 0);

    public int Count => facts.Count;

    /// <summary>Length of the content vectors that take part in scans.</summary>
    public int Dimensions => dimensions;

    public IEnumerable<string> ProductIds => facts.Keys;

    public bool TryGet(string productId, out ProductFacts productFacts) => facts.TryGetValue(productId, out productFacts!);

    public IReadOnlyList<string> InCategory(string category, int count) =>
        byCategory.TryGetValue(category, out var members) ? members.Take(count).ToList() : [];

    public IReadOnlyList<(string ProductId, double Similarity)> Nearest(ReadOnlySpan<float> vector, int count)
    {
        var norm = vector.Length == dimensions ? TensorPrimitives.Norm(vector) : 0;
        if (norm <= 0 || ids.Length == 0 || count <= 0)
        {
            return [];
        }

        // A bounded min-heap keeps the best `count` without sorting every product.
        var best = new PriorityQueue<int, float>(count + 1);
        if (cells.Value is { } partition)
        {
            var (read, probed) = (0L, 0);
            var minimum = Math.Ceiling(partition.Count * MinCellShare);
            foreach (var cell in partition.ByCloseness(vector))
            {
                if (read >= (long)RowsPerResult * count && probed >= minimum)
                {
                    break;
                }

                var rows = partition.Members(cell);
                var vectors = partition.Vectors(cell);
                for (var i = 0; i < rows.Length; i++)
                {
                    Consider(best, rows[i], TensorPrimitives.Dot(vector, vectors.Slice(i * dimensions, dimensions)) / norm, count);
                }

                (read, probed) = (read + rows.Length, probed + 1);
            }
        }
        else
        {
            for (var i = 0; i < ids.Length; i++)
            {
                Consider(best, i, TensorPrimitives.Dot(vector, block.AsSpan(i * dimensions, dimensions)) / norm, count);
            }
        }

        var found = new List<(string, double)>(best.Count);
        while (best.TryDequeue(out var i, out var similarity))
        {
            found.Add((ids[i], similarity));
        }

        found.Reverse();
        return found;
    }

    static void Consider(PriorityQueue<int, float> best, int row, float similarity, int count)
    {
        if (best.Count < count)
        {
            best.Enqueue(row, similarity);
        }
        else if (best.TryPeek(out _, out var worst) && similarity > worst)
        {
            best.EnqueueDequeue(row, similarity);
        }
    }

    /// <summary>About the square root of the catalog in cells, so the centroids and one cell cost a query about the same.</summary>
    static VectorCells? Partition(float[] block, int dimensions, int exactScanLimit)
    {
        var rows = dimensions == 0 ? 0 : block.Length / dimensions;
        return rows <= exactScanLimit ? null : VectorCells.Build(block, dimensions, (int)Math.Sqrt(rows), PartitionRounds);
    }
}
