using System.Text.Json.Serialization;

namespace Elara.Grains.Recommenders;

/// <summary>
/// What batches of shoppers' events add to the item graph: each product touched against the shopper's recent ones, each
/// basket of two or more products bought at one moment (an order, an invoice), and the products new to each shopper.
/// </summary>
public sealed record ItemGraphChange(
    IReadOnlyList<Touches> Touches, IReadOnlyList<IReadOnlyList<string>> Baskets, IReadOnlyList<NewToShopper> NewToShoppers)
{
    /// <summary>Shoppers whose activity moved to an account: no longer anyone's "shopper like you" (it would be themself).</summary>
    public IReadOnlyList<string> ForgottenShoppers { get; init; } = [];

    /// <summary>Nothing to learn or send (not sent: it follows from the lists).</summary>
    [JsonIgnore]
    public bool IsEmpty => Touches.Count == 0 && Baskets.Count == 0 && NewToShoppers.Count == 0 && ForgottenShoppers.Count == 0;
}
