namespace Elara.Bench.Recommendations;

/// <summary>One purchase as the evaluation protocol counts it: a customer bought a product on an invoice.</summary>
public readonly record struct PurchaseLine(string Customer, string StockCode, string Invoice, int Quantity, DateTimeOffset At);
