namespace Elara.Grains.Products;

/// <summary>The stock level after a change, and why it changed (restock, admin, order o-..., release o-...).</summary>
public sealed record StockPoint(int Stock, DateTimeOffset At, string Reason);
