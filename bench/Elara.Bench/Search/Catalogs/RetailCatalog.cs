using Elara.Grains.Search;
using Elara.Silo.Import;

namespace Elara.Bench.Search.Catalogs;

/// <summary>
/// The products of a file in the UCI Online Retail format, exactly as `./elara import online-retail` makes them (same
/// reader, names, prices and categories), as search documents.
/// </summary>
public static class RetailCatalog
{
    static readonly DateTimeOffset Loaded = new(2011, 12, 10, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<SearchDocument> Read(string path, Action<double> progress)
    {
        var read = RetailFileReader.Read(path, keepPurchases: false, (done, size) => progress(size == 0 ? 1 : (double)done / size));
        return [.. read.Catalog.Products().Select(p => new SearchDocument(
            p.Id, p.Name, p.Category, p.Description, p.Attributes ?? new Dictionary<string, string>(), p.Price, p.Stock, 0, Loaded))];
    }
}
