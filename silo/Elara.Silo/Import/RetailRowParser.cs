using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Elara.Silo.Import;

/// <summary>Checks and converts one row of an Online Retail file.</summary>
public static class RetailRowParser
{
    /// <summary>ISO dates (the 2010-2011 CSV) and the US form Excel exports write (12/1/2010 8:26).</summary>
    static readonly string[] DateFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss"];

    /// <summary>The row, or why it is left out. Invoice times are taken as UTC: the shop's UK clock, summer time ignored.</summary>
    public static bool TryParse(IReadOnlyList<string> fields, RetailColumns columns, [NotNullWhen(true)] out RetailRow? row, out RowRejection rejection)
    {
        if (Check(fields, columns, out var quantity, out var date, out var price) is { } reason)
        {
            (row, rejection) = (null, reason);
            return false;
        }

        rejection = default;
        row = new RetailRow(
            fields[columns.Invoice].Trim(),
            fields[columns.StockCode].Trim().ToUpperInvariant(),
            fields[columns.Description].Trim(),
            quantity,
            date,
            price,
            CustomerId(fields[columns.CustomerId]));
        return true;
    }

    /// <summary>Product stock codes start with five digits (POST, M, BANK CHARGES, ... are not products).</summary>
    public static bool IsProductCode(string stockCode)
    {
        var code = stockCode.AsSpan().Trim();
        return code.Length >= 5 && !code[..5].ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>An invoice date in any of the known forms, taken as UTC.</summary>
    public static bool TryParseDate(string text, out DateTimeOffset date)
    {
        var parsed = DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local);
        date = parsed ? new DateTimeOffset(local, TimeSpan.Zero) : default;
        return parsed;
    }

    /// <summary>"17850", or "17850.0" as files that went through a spreadsheet have it, is customer 17850; empty is nobody.</summary>
    public static string? CustomerId(string field)
    {
        var id = field.Trim();
        if (id.Length == 0)
        {
            return null;
        }

        return decimal.TryParse(id, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
            ? decimal.Truncate(number).ToString(CultureInfo.InvariantCulture)
            : id;
    }

    static RowRejection? Check(IReadOnlyList<string> fields, RetailColumns columns, out int quantity, out DateTimeOffset date, out decimal price)
    {
        quantity = 0;
        date = default;
        price = 0;
        if (fields.Count < columns.Width)
        {
            return RowRejection.MalformedRow;
        }

        if (fields[columns.Invoice].AsSpan().TrimStart() is ['C' or 'c', ..])
        {
            return RowRejection.Cancellation;
        }

        if (!IsProductCode(fields[columns.StockCode]))
        {
            return RowRejection.MalformedStockCode;
        }

        if (string.IsNullOrWhiteSpace(fields[columns.Description]))
        {
            return RowRejection.NoDescription;
        }

        if (!int.TryParse(fields[columns.Quantity], NumberStyles.Integer, CultureInfo.InvariantCulture, out quantity) || quantity <= 0)
        {
            return RowRejection.BadQuantity;
        }

        if (!TryParseDate(fields[columns.InvoiceDate], out date))
        {
            return RowRejection.BadDate;
        }

        if (!decimal.TryParse(fields[columns.UnitPrice], NumberStyles.Number, CultureInfo.InvariantCulture, out price) || price <= 0)
        {
            return RowRejection.NonPositivePrice;
        }

        return null;
    }
}
