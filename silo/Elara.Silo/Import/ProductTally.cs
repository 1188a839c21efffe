namespace Elara.Silo.Import;

/// <summary>How often one stock code was sold under each description and at each unit price.</summary>
public sealed class ProductTally
{
    readonly Dictionary<string, (int Count, int FirstSeen)> descriptions = new(StringComparer.Ordinal);
    readonly Dictionary<decimal, int> prices = [];

    public void Add(string description, decimal unitPrice)
    {
        descriptions[description] = descriptions.TryGetValue(description, out var seen)
            ? (seen.Count + 1, seen.FirstSeen)
            : (1, descriptions.Count);
        prices[unitPrice] = prices.GetValueOrDefault(unitPrice) + 1;
    }

    /// <summary>The description used most; the earliest of equally common ones.</summary>
    public string Description => descriptions.MaxBy(d => (d.Value.Count, -d.Value.FirstSeen)).Key;

    /// <summary>The unit price charged most often (list price, not the odd discount); the lower of equally common ones.</summary>
    public decimal Price => prices.MaxBy(p => (p.Value, -p.Key)).Key;
}
