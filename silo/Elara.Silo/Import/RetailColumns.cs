namespace Elara.Silo.Import;

/// <summary>
/// Where each column of an Online Retail file is. Headers are matched ignoring case, spaces and underscores, so both
/// "InvoiceNo,...,UnitPrice,CustomerID" (2010-2011) and "Invoice,...,Price,Customer ID" (Online Retail II) work.
/// </summary>
public sealed record RetailColumns(int Invoice, int StockCode, int Description, int Quantity, int InvoiceDate, int UnitPrice, int CustomerId)
{
    /// <summary>A row needs at least this many fields.</summary>
    public int Width { get; } = new[] { Invoice, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerId }.Max() + 1;

    /// <summary>Finds the columns in a header row; throws <see cref="FormatException"/> naming any that are missing.</summary>
    public static RetailColumns FromHeader(IReadOnlyList<string> header)
    {
        var names = header.Select(Normalize).ToList();
        var missing = new List<string>();
        int Find(params string[] aliases)
        {
            var index = names.FindIndex(name => aliases.Contains(name));
            if (index < 0)
            {
                missing.Add(aliases[0]);
            }

            return index;
        }

        var columns = new RetailColumns(
            Find("invoiceno", "invoice"),
            Find("stockcode"),
            Find("description"),
            Find("quantity"),
            Find("invoicedate"),
            Find("unitprice", "price"),
            Find("customerid"));
        return missing.Count == 0
            ? columns
            : throw new FormatException(
                $"The header has no {string.Join(", ", missing)} column; expected InvoiceNo (or Invoice), StockCode, Description, Quantity, " +
                "InvoiceDate, UnitPrice (or Price) and CustomerID (or Customer ID).");
    }

    static string Normalize(string name) => string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
