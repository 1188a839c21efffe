namespace Elara.Silo.Simulation;

/// <summary>
/// Picks a shopper's next action from what they have done so far: browsing always, clicking only after a search,
/// carting and wishlisting only what they have seen, removing and checking out only with a non-empty cart.
/// </summary>
public static class ActionChooser
{
    public static ShopperAction Choose(SimulatedShopper shopper, Random random)
    {
        var persona = shopper.Persona;
        var seen = shopper.RecentlyViewed.Count > 0;
        var hasCart = shopper.Cart.Count > 0;
        Span<(ShopperAction Action, double Weight)> weights =
        [
            (ShopperAction.Search, 3),
            (ShopperAction.View, 5),
            (ShopperAction.Click, shopper.LastResults.Count > 0 ? 3 : 0),
            (ShopperAction.AddToCart, seen ? 2 * persona.CartPropensity : 0),
            (ShopperAction.Wishlist, seen ? 0.5 : 0),
            (ShopperAction.RemoveFromCart, hasCart ? 0.5 : 0),
            (ShopperAction.Checkout, hasCart ? 1.2 * persona.CheckoutPropensity : 0),
        ];

        var total = 0.0;
        foreach (var (_, weight) in weights)
        {
            total += weight;
        }

        var roll = random.NextDouble() * total;
        foreach (var (action, weight) in weights)
        {
            if (roll < weight)
            {
                return action;
            }

            roll -= weight;
        }

        return ShopperAction.View;
    }
}
