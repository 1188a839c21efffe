namespace Elara.Silo.Import;

/// <summary>A customer bought <see cref="Quantity"/> of a product on an invoice.</summary>
public readonly record struct RetailPurchase(string StockCode, int Quantity, DateTimeOffset At);
