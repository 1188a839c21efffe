namespace Elara.Silo.Import;

/// <summary>One accepted sales line: a sale (never a cancellation) of a product, at a positive price.</summary>
public sealed record RetailRow(string Invoice, string StockCode, string Description, int Quantity, DateTimeOffset InvoiceDate, decimal UnitPrice, string? CustomerId);
