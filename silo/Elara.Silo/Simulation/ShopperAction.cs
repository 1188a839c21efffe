namespace Elara.Silo.Simulation;

/// <summary>What a simulated shopper does in one step.</summary>
public enum ShopperAction
{
    Search,
    View,
    Click,
    AddToCart,
    RemoveFromCart,
    Wishlist,
    Checkout,
}
