namespace Elara.Silo.Import;

/// <summary>What reading an Online Retail file gave: the data rows seen, what they add up to, and what was left out.</summary>
public sealed record RetailReadResult(int Rows, RetailCatalogBuilder Catalog, IReadOnlyDictionary<RowRejection, int> Rejected);
