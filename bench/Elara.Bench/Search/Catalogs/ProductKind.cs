namespace Elara.Bench.Search.Catalogs;

/// <summary>A kind of product in the synthetic catalog: its name, department and typical price in pounds.</summary>
public sealed record ProductKind(string Name, string Category, decimal BasePrice);
