using Elara.Grains.Recommenders;
using Shouldly;

namespace Elara.Grains.Tests.Recommenders;

public sealed class ProductVectorIndexTests
{
    const int Dimensions = 16;

    /// <summary>Products in groups around random centres, as a catalog's kinds of product cluster in content space.</summary>
    static Dictionary<string, ProductFacts> Catalog(int groups, int perGroup, int seed)
    {
        var random = new Random(seed);
        var products = new Dictionary<string, ProductFacts>(StringComparer.Ordinal);
        for (var g = 0; g < groups; g++)
        {
            var centre = Gaussian(random, 1);
            for (var m = 0; m < perGroup; m++)
            {
                var noise = Gaussian(random, 0.35f);
                var vector = centre.Zip(noise, (c, n) => c + n).ToArray();
                products[$"p{g:D3}-{m:D3}"] = new ProductFacts($"Product {g}/{m}", $"group {g}", 10m, 5, vector);
            }
        }

        return products;
    }

    static float[] Gaussian(Random random, float scale) =>
        [.. Enumerable.Range(0, Dimensions).Select(_ => scale * (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())))];

    [Fact]
    public void A_catalog_past_the_exact_scan_limit_is_read_by_cells_and_finds_nearly_every_true_neighbour()
    {
        var products = Catalog(groups: 40, perGroup: 50, seed: 3);
        var partitioned = new ProductVectorIndex(products, Dimensions, exactScanLimit: 500);
        var exact = new ProductVectorIndex(products, Dimensions, exactScanLimit: int.MaxValue);
        var random = new Random(11);
        var ids = products.Keys.ToArray();

        var recalls = Enumerable.Range(0, 100).Select(_ =>
        {
            var query = products[ids[random.Next(ids.Length)]].Vector!.Zip(Gaussian(random, 0.3f), (v, n) => v + n).ToArray();
            var truth = exact.Nearest(query, 20).Select(n => n.ProductId).ToHashSet();
            return partitioned.Nearest(query, 20).Count(n => truth.Contains(n.ProductId)) / 20.0;
        }).ToList();

        partitioned.Cells.ShouldNotBeNull().Count.ShouldBe(44);
        exact.Cells.ShouldBeNull();
        recalls.Average().ShouldBeGreaterThan(0.95);
    }

    [Fact]
    public void New_offers_change_price_and_stock_and_keep_the_vectors_and_cells()
    {
        var products = Catalog(groups: 40, perGroup: 50, seed: 3);
        var shelf = new ProductVectorIndex(products, Dimensions, exactScanLimit: 500);
        var query = products["p007-011"].Vector!;
        var nearest = shelf.Nearest(query, 10);

        var changed = shelf.WithOffers([new ProductOffer("p007-011", 12.5m, 0)]);

        changed.TryGet("p007-011", out var offered).ShouldBeTrue();
        (offered.Price, offered.Stock, offered.Name).ShouldBe((12.5m, 0, "Product 7/11"));
        shelf.TryGet("p007-011", out var unchanged).ShouldBeTrue();
        (unchanged.Price, unchanged.Stock).ShouldBe((10m, 5));
        changed.Cells.ShouldBeSameAs(shelf.Cells);
        changed.Nearest(query, 10).ShouldBe(nearest);
        changed.InCategory("group 7", 3).ShouldBe(shelf.InCategory("group 7", 3));
        shelf.WithOffers([]).ShouldBeSameAs(shelf);
        Should.Throw<ArgumentException>(() => shelf.WithOffers([new ProductOffer("p999-000", 1m, 1)]));
    }

    [Fact]
    public void A_small_catalog_is_scanned_whole()
    {
        var products = Catalog(groups: 4, perGroup: 10, seed: 5);
        var index = new ProductVectorIndex(products, Dimensions);
        var query = products["p002-003"].Vector!;

        var nearest = index.Nearest(query, 5);

        index.Cells.ShouldBeNull();
        nearest[0].ProductId.ShouldBe("p002-003");
        nearest[0].Similarity.ShouldBe(1, 1e-5);
        nearest.Select(n => n.Similarity).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void A_shelf_whose_vectors_did_not_change_keeps_the_partition_and_one_with_a_new_vector_makes_its_own()
    {
        var products = Catalog(groups: 10, perGroup: 30, seed: 7);
        var first = new ProductVectorIndex(products, Dimensions, exactScanLimit: 100);
        var restocked = new ProductVectorIndex(
            products.ToDictionary(p => p.Key, p => p.Value with { Stock = 0, Price = 12m }), Dimensions, first, exactScanLimit: 100);
        var retexted = new ProductVectorIndex(
            products.ToDictionary(p => p.Key, p => p.Key == "p004-004" ? p.Value with { Vector = [.. p.Value.Vector!.Reverse()] } : p.Value),
            Dimensions, first, exactScanLimit: 100);

        restocked.Cells.ShouldBeSameAs(first.Cells.ShouldNotBeNull());
        retexted.Cells.ShouldNotBeNull().ShouldNotBeSameAs(first.Cells);
        restocked.TryGet("p001-001", out var facts).ShouldBeTrue();
        facts.Stock.ShouldBe(0);
    }

    [Fact]
    public void Rows_of_well_separated_groups_share_a_cell_with_their_vectors_and_the_query_s_group_comes_first()
    {
        // Three groups of unit vectors near the three axes.
        float[][] rows = [.. Enumerable.Range(0, 30).Select(r =>
        {
            var vector = new float[3];
            vector[r % 3] = 1;
            vector[(r + 1) % 3] = 0.05f * (r / 3);
            var norm = MathF.Sqrt(vector.Sum(x => x * x));
            return vector.Select(x => x / norm).ToArray();
        })];

        var cells = VectorCells.Build([.. rows.SelectMany(r => r)], 3, cells: 3, rounds: 6);
        var kept = Enumerable.Range(0, cells.Count)
            .SelectMany(c => cells.Members(c).ToArray().Select((row, i) => (Row: row, Vector: cells.Vectors(c).Slice(i * 3, 3).ToArray())))
            .ToList();
        var groups = Enumerable.Range(0, cells.Count).Select(c => cells.Members(c).ToArray().Select(r => r % 3).Distinct().ToList()).ToList();

        kept.Select(k => k.Row).Order().ShouldBe(Enumerable.Range(0, rows.Length));
        kept.ShouldAllBe(k => k.Vector.SequenceEqual(rows[k.Row]));
        groups.ShouldAllBe(g => g.Count == 1);
        groups.Select(g => g[0]).Order().ShouldBe([0, 1, 2]);
        var first = cells.ByCloseness([0.1f, 0.1f, 0.99f])[0];
        cells.Members(first).ToArray().ShouldAllBe(r => r % 3 == 2);
    }
}
