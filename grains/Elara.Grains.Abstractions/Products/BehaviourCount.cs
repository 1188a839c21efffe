namespace Elara.Grains.Products;

/// <summary>The behaviour a product counts.</summary>
public enum BehaviourCount
{
    View,
    Click,
    AddToCart,
    RemoveFromCart,
    Purchase,
    Wishlist,
}
