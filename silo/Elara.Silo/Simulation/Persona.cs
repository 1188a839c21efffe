namespace Elara.Silo.Simulation;

/// <summary>
/// A kind of shopper: how much they like each category (by a word in its name, so "kitchen" matches "Kitchen" and
/// "Kitchen &amp; Dining"), how price-sensitive they are, and how readily they fill a cart and pay for it.
/// </summary>
/// <param name="PriceSensitivity">
/// 0 ignores price; 1 makes a product at half its category's median price twice as likely; below 0 prefers dearer things.
/// </param>
/// <param name="CartPropensity">Multiplies the chance of adding a viewed product to the cart.</param>
/// <param name="CheckoutPropensity">Multiplies the chance of checking out a non-empty cart.</param>
/// <param name="MaxQuantity">The most units added in one go.</param>
public sealed record Persona(
    string Name,
    IReadOnlyDictionary<string, double> CategoryAffinity,
    double PriceSensitivity,
    double CartPropensity,
    double CheckoutPropensity,
    int MaxQuantity)
{
    /// <summary>The strongest affinity whose word the category's name contains; 1 when none does.</summary>
    public double AffinityFor(string category)
    {
        var affinity = 1.0;
        foreach (var (word, weight) in CategoryAffinity)
        {
            if (category.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                affinity = Math.Max(affinity, weight);
            }
        }

        return affinity;
    }
}
