using System.Globalization;
using Elara.Silo.Import;

namespace Elara.Bench.Recommendations;

/// <summary>
/// Reads a UCI Online Retail file (either header form, plain or gzip) under the evaluation's fixed protocol: purchases
/// are rows with a customer id, quantity above zero, an invoice not starting with C and a product stock code. Products
/// are described from every product row, with or without a customer.
/// </summary>
public sealed class PurchaseLog
{
    public required IReadOnlyList<PurchaseLine> Purchases { get; init; }

    /// <summary>Per stock code, the description and price last seen before each cut-off are recomputed by <see cref="CatalogBefore"/>.</summary>
    public required IReadOnlyList<(string StockCode, string Description, decimal Price, DateTimeOffset At)> ProductRows { get; init; }

    public int Rows { get; init; }

    public static PurchaseLog Read(string path, Action<long, long>? progress = null)
    {
        using var text = TextFile.Open(path);
        var csv = new CsvReader(text.Reader);
        var fields = new List<string>();
        if (!csv.TryRead(fields))
        {
            throw new FormatException("The file is empty: it has no header row.");
        }

        var columns = RetailColumns.FromHeader(fields);
        var purchases = new List<PurchaseLine>();
        var products = new List<(string, string, decimal, DateTimeOffset)>();
        var rows = 0;
        while (csv.TryRead(fields))
        {
            if (fields.Count < columns.Width)
            {
                continue;
            }

            rows++;
            var stockCode = fields[columns.StockCode].Trim().ToUpperInvariant();
            if (!RetailRowParser.IsProductCode(stockCode) || !RetailRowParser.TryParseDate(fields[columns.InvoiceDate], out var at))
            {
                continue;
            }

            var description = fields[columns.Description].Trim();
            if (description.Length > 0 && decimal.TryParse(fields[columns.UnitPrice], NumberStyles.Number, CultureInfo.InvariantCulture, out var price) && price > 0)
            {
                products.Add((stockCode, description, price, at));
            }

            var invoice = fields[columns.Invoice].Trim();
            if (RetailRowParser.CustomerId(fields[columns.CustomerId]) is { } customer
                && !invoice.StartsWith('C') && !invoice.StartsWith('c')
                && int.TryParse(fields[columns.Quantity], NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity) && quantity > 0)
            {
                purchases.Add(new PurchaseLine(customer, stockCode, invoice, quantity, at));
            }

            if (rows % 8192 == 0)
            {
                progress?.Invoke(text.File.Position, text.File.Length);
            }
        }

        progress?.Invoke(text.File.Length, text.File.Length);
        return new PurchaseLog { Purchases = [.. purchases.OrderBy(p => p.At)], ProductRows = products, Rows = rows };
    }

    /// <summary>The products sold (to anyone) before <paramref name="split"/>: the catalog a shop would have had then.</summary>
    public IReadOnlyDictionary<string, ProductRecord> CatalogBefore(DateTimeOffset split)
    {
        var catalog = new Dictionary<string, ProductRecord>(StringComparer.Ordinal);
        foreach (var (code, description, price, at) in ProductRows.Where(r => r.At < split).OrderBy(r => r.At))
        {
            catalog[code] = catalog.TryGetValue(code, out var known)
                ? known with { Description = description, Price = price }
                : new ProductRecord(description, price, at);
        }

        return catalog;
    }
}
