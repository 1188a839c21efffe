using System.IO.Compression;
using System.Text;

namespace Elara.Silo.Tests.Import;

/// <summary>Small files in the Online Retail format, written for these tests (no row comes from the data set).</summary>
internal static class RetailFiles
{
    public const string Header2011 = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    /// <summary>The Online Retail II names, with the columns in another order to show that order does not matter.</summary>
    public const string HeaderII = "Invoice,StockCode,Description,Quantity,Price,InvoiceDate,Customer ID,Country";

    /// <summary>
    /// Six accepted rows (products 10001, 10002, 10003A; customers 20001 and 20002 with two purchases each) and one row
    /// for each reason to reject one, as (invoice, stock code, description, quantity, date, price, customer).
    /// </summary>
    public static readonly string[][] Sample =
    [
        ["900001", "10001", "IVORY HANGING STAR T-LIGHT HOLDER", "6", "2011-03-01 09:00:00", "2.95", "20001"],
        ["900001", "10002", "GIFT WRAP, SPOTTY", "25", "2011-03-01 09:00:00", "0.42", "20001"],
        ["900002", "10001", "IVORY HANGING STAR T-LIGHT HOLDER", "2", "2011-03-02 10:00:00", "2.95", "20002"],
        ["900003", "10001", "IVORY HANGING STAR T-LIGHT HOLDER", "1", "2011-03-03 11:00:00", "3.25", ""],
        ["900003", "10003A", "BLUE GLASS GECKO", "4", "2011-03-03 11:00:00", "1.65", ""],
        ["C900004", "10002", "GIFT WRAP, SPOTTY", "-5", "2011-03-04 12:00:00", "0.42", "20001"],
        ["900005", "POST", "POSTAGE", "1", "2011-03-05 12:00:00", "18.00", "20003"],
        ["900006", "10004", "", "10", "2011-03-05 12:00:00", "0", ""],
        ["900007", "10005", "DAMAGED", "-3", "2011-03-05 12:00:00", "0", ""],
        ["900008", "10006", "ODD DATE MUG", "1", "yesterday", "1.00", "20004"],
        ["900009", "10007", "FREE SAMPLE MUG", "1", "2011-03-06 12:00:00", "0.00", "20004"],
        ["900010", "10008"],
        ["900011", "10002", "GIFT WRAP, SPOTTY ", "10", "3/7/2011 12:00", "0.42", "20002.0"],
    ];

    public static string Write(string path, string header = Header2011, bool gzip = false, IEnumerable<string[]>? rows = null)
    {
        var text = new StringBuilder().Append(header).Append("\r\n");
        foreach (var row in rows ?? Sample)
        {
            text.Append(string.Join(',', InHeaderOrder(row, header).Select(Quote))).Append("\r\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var file = File.Create(path);
        using var output = gzip ? new GZipStream(file, CompressionLevel.Fastest) : (Stream)file;
        output.Write(bytes);
        return path;
    }

    /// <summary>A short row stays short (it is the malformed one); a full row gets a country and the header's order.</summary>
    static IEnumerable<string> InHeaderOrder(string[] row, string header)
    {
        if (row.Length < 7)
        {
            return row;
        }

        string[] full = [.. row, "United Kingdom"];
        return header == HeaderII ? [full[0], full[1], full[2], full[3], full[5], full[4], full[6], full[7]] : full;
    }

    static string Quote(string field) => field.Contains(',') || field.Contains('"') ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}
