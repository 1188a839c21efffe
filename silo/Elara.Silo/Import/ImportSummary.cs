namespace Elara.Silo.Import;

/// <summary>What an import did, for the table at its end.</summary>
/// <param name="Refusals">Products the product grains turned down, each with the reason.</param>
/// <param name="CustomersSkipped">Customers whose purchases were already in the store (a re-run), left as they were.</param>
public sealed record ImportSummary(
    int Rows,
    int Products,
    IReadOnlyList<string> Refusals,
    IReadOnlyDictionary<string, int> ProductsByCategory,
    int Customers,
    int CustomersLoaded,
    int CustomersSkipped,
    long Events,
    IReadOnlyDictionary<RowRejection, int> Rejected,
    TimeSpan ReadTime,
    TimeSpan Elapsed)
{
    public int RejectedRows => Rejected.Values.Sum();
}
