using Elara.Grains.Products;
using Elara.Silo.Catalog;

namespace Elara.Silo.Import;

/// <summary>
/// Gathers accepted rows into one product per stock code and, when asked to, every customer's purchases. A product's
/// name is its most used description, title-cased; its price the most common unit price; its stock a fixed
/// <see cref="ImportedStock"/>, since the file says what sold, not what was on the shelf.
/// </summary>
public sealed class RetailCatalogBuilder(bool keepPurchases)
{
    public const int ImportedStock = 100;

    readonly Dictionary<string, ProductTally> tallies = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<RetailPurchase>> purchases = new(StringComparer.Ordinal);
    readonly HashSet<string> customers = new(StringComparer.Ordinal);

    /// <summary>Customers with at least one accepted row.</summary>
    public int CustomerCount => customers.Count;

    /// <summary>Purchases kept (none unless the builder keeps purchases).</summary>
    public int PurchaseCount { get; private set; }

    public void Add(RetailRow row)
    {
        if (!tallies.TryGetValue(row.StockCode, out var tally))
        {
            tallies[row.StockCode] = tally = new ProductTally();
        }

        tally.Add(row.Description, row.UnitPrice);
        if (row.CustomerId is not { } customer)
        {
            return;
        }

        customers.Add(customer);
        if (keepPurchases)
        {
            if (!purchases.TryGetValue(customer, out var bought))
            {
                purchases[customer] = bought = [];
            }

            bought.Add(new RetailPurchase(row.StockCode, row.Quantity, row.InvoiceDate));
            PurchaseCount++;
        }
    }

    /// <summary>The products, by stock code.</summary>
    public IReadOnlyList<NewProduct> Products() =>
        [.. tallies.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => Product(t.Key, t.Value))];

    /// <summary>Each customer's purchases in time order, by customer id.</summary>
    public IReadOnlyList<(string CustomerId, IReadOnlyList<RetailPurchase> Purchases)> PurchasesByCustomer() =>
        [.. purchases.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, (IReadOnlyList<RetailPurchase>)[.. p.Value.OrderBy(x => x.At)]))];

    static NewProduct Product(string stockCode, ProductTally tally)
    {
        var name = TitleCase.Of(tally.Description);
        return new NewProduct(
            stockCode,
            name,
            $"{name}, from the shop's own sales records (stock code {stockCode}).",
            RetailCategoryRules.CategoryFor(tally.Description),
            // The shop stores whole pence; no product row in the known files has more decimals, this guards other periods.
            Math.Max(0.01m, decimal.Round(tally.Price, 2)),
            ImportedStock,
            ImageUrl: ProductImages.UrlFor(stockCode));
    }
}
