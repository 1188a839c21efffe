namespace Elara.Bench.Recommendations;

/// <summary>What the file says of a product up to some date: its latest description and price, and when it was first sold.</summary>
public sealed record ProductRecord(string Description, decimal Price, DateTimeOffset FirstSold);
