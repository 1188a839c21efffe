namespace Elara.Grains.Recommenders;

/// <summary>
/// What one batch of a shopper's events adds to the item graph: each product touched against their recent ones, and
/// each basket of two or more products bought at one moment (an order, an invoice), and the products new to each shopper.
/// </summary>
public sealed record ItemGraphChange(
    IReadOnlyList<CoOccurrence> CoOccurrences, IReadOnlyList<IReadOnlyList<string>> Baskets, IReadOnlyList<NewToShopper> NewToShoppers)
{
    public bool IsEmpty => CoOccurrences.Count == 0 && Baskets.Count == 0 && NewToShoppers.Count == 0;
}
