using Elara.Grains.Carts;

namespace Elara.Silo.Simulation;

/// <summary>One simulated anonymous shopper's short memory: what they saw lately, their last search, their cart.</summary>
public sealed class SimulatedShopper(string id, Persona persona)
{
    const int Remembered = 8;
    readonly List<string> recentlyViewed = [];
    readonly List<string> lastResults = [];
    readonly Dictionary<string, int> cart = [];
    int checkouts;

    public string Id { get; } = id;

    public Persona Persona { get; } = persona;

    /// <summary>Product ids, newest last.</summary>
    public IReadOnlyList<string> RecentlyViewed => recentlyViewed;

    public IReadOnlyList<string> LastResults => lastResults;

    /// <summary>Units per product id, as the cart grain last reported them.</summary>
    public IReadOnlyDictionary<string, int> Cart => cart;

    public void Viewed(string productId)
    {
        recentlyViewed.Remove(productId);
        recentlyViewed.Add(productId);
        if (recentlyViewed.Count > Remembered)
        {
            recentlyViewed.RemoveAt(0);
        }
    }

    public void Searched(IEnumerable<string> productIds)
    {
        lastResults.Clear();
        lastResults.AddRange(productIds.Take(Remembered));
    }

    public void CartIs(IEnumerable<CartLine> lines)
    {
        cart.Clear();
        foreach (var line in lines)
        {
            cart[line.ProductId] = line.Quantity;
        }
    }

    /// <summary>Numbers this shopper's checkouts, for idempotency keys.</summary>
    public int NextCheckout() => ++checkouts;
}
