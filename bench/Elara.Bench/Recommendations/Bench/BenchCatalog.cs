using Elara.Bench.Search.Catalogs;
using Elara.Grains.Products;
using Elara.Grains.Search;

namespace Elara.Bench.Recommendations.Bench;

/// <summary>The synthetic catalog of <c>bench search</c>, as products an admin would create in the shop.</summary>
public static class BenchCatalog
{
    public static IReadOnlyList<SearchDocument> Generate(int count, int seed) => SyntheticCatalog.Generate(count, seed);

    public static NewProduct ToNewProduct(SearchDocument document) => new(
        document.Id,
        document.Name,
        document.Description,
        document.Category,
        document.Price,
        document.Stock,
        document.Attributes);
}
