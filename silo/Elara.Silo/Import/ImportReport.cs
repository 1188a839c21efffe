using System.Globalization;
using Spectre.Console;

namespace Elara.Silo.Import;

/// <summary>The table an import ends with.</summary>
public static class ImportReport
{
    public static void Write(IAnsiConsole console, ImportRequest request, ImportSummary summary)
    {
        var table = new Table().Title("Online Retail import").AddColumn("What").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("File", Markup.Escape(request.File));
        table.AddRow("Store", Markup.Escape(Path.Combine(request.DataDir, "elara.db")));
        table.AddRow("Data rows read", Number(summary.Rows));
        table.AddRow("Products loaded", Number(summary.Products));
        if (summary.Refusals.Count > 0)
        {
            table.AddRow("Products refused by the shop", Number(summary.Refusals.Count));
        }

        table.AddRow("Categories", Number(summary.ProductsByCategory.Count));
        foreach (var (category, count) in summary.ProductsByCategory.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            table.AddRow($"  {Markup.Escape(category)}", Number(count));
        }

        table.AddRow("Customers with purchases", Number(summary.Customers));
        if (request.WithHistory)
        {
            table.AddRow("Customers loaded", Number(summary.CustomersLoaded));
            table.AddRow("Customers already loaded (skipped)", Number(summary.CustomersSkipped));
            table.AddRow("Purchase events", Number(summary.Events));
        }
        else
        {
            table.AddRow("Purchase events", "not loaded (--with-history)");
        }

        table.AddRow("Rejected rows", Number(summary.RejectedRows));
        foreach (var (reason, count) in summary.Rejected.OrderBy(r => r.Key))
        {
            table.AddRow($"  {Describe(reason)}", Number(count));
        }

        table.AddRow("Reading time", Seconds(summary.ReadTime));
        table.AddRow("Elapsed", Seconds(summary.Elapsed));
        console.Write(table);
        foreach (var refusal in summary.Refusals)
        {
            console.MarkupLine($"[yellow]refused[/] {Markup.Escape(refusal)}");
        }
    }

    public static string Describe(RowRejection reason) => reason switch
    {
        RowRejection.MalformedRow => "malformed row (too few fields)",
        RowRejection.Cancellation => "cancellation (invoice starts with C)",
        RowRejection.MalformedStockCode => "malformed stock code (not 5 digits first)",
        RowRejection.NoDescription => "no description",
        RowRejection.BadQuantity => "bad quantity (not a whole number above 0)",
        RowRejection.BadDate => "bad invoice date",
        RowRejection.NonPositivePrice => "price missing or not above 0",
        _ => reason.ToString(),
    };

    static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:F1} s");
}
