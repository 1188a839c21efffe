using Elara.Grains.Search;
using Elara.Silo.Import;

namespace Elara.Bench.Search.Catalogs;

/// <summary>
/// Reads Wayfair's WANDS relevance set: tab-separated <c>product.csv</c>, <c>query.csv</c> and <c>label.csv</c> with
/// headers. Products have no price, so they are indexed at 0 and in stock.
/// </summary>
public static class WandsReader
{
    static readonly DateTimeOffset Loaded = new(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static WandsSet Read(string productsPath, string queriesPath, string labelsPath)
    {
        var products = ReadRows(productsPath, h => (
                Id: h.Require("product_id"),
                Name: h.Require("product_name"),
                Class: h.Find("product_class"),
                Description: h.Find("product_description")))
            .Select(r => new SearchDocument(
                Field(r.Row, r.Columns.Id),
                Field(r.Row, r.Columns.Name),
                Field(r.Row, r.Columns.Class),
                Field(r.Row, r.Columns.Description),
                new Dictionary<string, string>(),
                0,
                RetailCatalogBuilder.ImportedStock,
                0,
                Loaded))
            .ToArray();

        var gains = new Dictionary<string, Dictionary<string, int>>();
        var labels = ReadRows(labelsPath, h => (
            Query: h.Require("query_id"),
            Product: h.Require("product_id"),
            Label: h.Require("label")));
        foreach (var (row, columns) in labels)
        {
            var queryId = Field(row, columns.Query);
            if (!gains.TryGetValue(queryId, out var judged))
            {
                gains[queryId] = judged = [];
            }

            judged[Field(row, columns.Product)] = Gain(Field(row, columns.Label), labelsPath);
        }

        var queries = ReadRows(queriesPath, h => (Id: h.Require("query_id"), Text: h.Require("query")))
            .Select(r => new WandsQuery(Field(r.Row, r.Columns.Id), Field(r.Row, r.Columns.Text), gains.GetValueOrDefault(Field(r.Row, r.Columns.Id)) ?? []))
            .ToArray();
        return new WandsSet(products, queries);
    }

    public static int Gain(string label, string path) => label.Trim() switch
    {
        "Exact" => 2,
        "Partial" => 1,
        "Irrelevant" => 0,
        _ => throw new InvalidDataException($"{path}: unknown label '{label}' (expected Exact, Partial or Irrelevant)."),
    };

    // A missing optional column (-1) or a short row reads as empty.
    static string Field(string[] row, int column) => column >= 0 && column < row.Length ? row[column].Trim() : "";

    /// <summary>Each data row with the header's column indexes; blank lines are skipped.</summary>
    static IEnumerable<(string[] Row, T Columns)> ReadRows<T>(string path, Func<Header, T> columnsOf)
    {
        using var file = TextFile.Open(path);
        var tsv = new CsvReader(file.Reader, '\t');
        var fields = new List<string>();
        var columns = tsv.TryRead(fields)
            ? columnsOf(new Header(path, [.. fields.Select(n => n.Trim().TrimStart('\uFEFF'))]))
            : throw new InvalidDataException($"{path}: the file is empty.");
        while (tsv.TryRead(fields))
        {
            if (fields is not [""])
            {
                yield return ([.. fields], columns);
            }
        }
    }

    /// <summary>Column indexes by name (case-insensitive) in one file's header.</summary>
    sealed record Header(string Path, string[] Names)
    {
        public int Find(string name) => Array.FindIndex(Names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

        public int Require(string name) => Find(name) is var index and >= 0
            ? index
            : throw new InvalidDataException($"{Path}: no column named {name} (header: {string.Join(", ", Names)}).");
    }
}
