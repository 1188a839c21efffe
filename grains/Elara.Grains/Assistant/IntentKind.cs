namespace Elara.Grains.Assistant;

/// <summary>What the shopper wants from one message.</summary>
public enum IntentKind
{
    /// <summary>Products matching what was said, merged with the constraints already in force.</summary>
    Find,
    Compare,
    Recommend,
    Similar,
    BoughtTogether,
    AddToCart,
    RemoveFromCart,
    AddToList,
    RemoveFromList,
    ShowCart,
    ShowList,
    CheckoutHelp,
    OrderStatus,
    Greeting,
    OutOfScope,

    /// <summary>Text that tries to instruct the assistant rather than shop (prompt injection): refused, nothing done.</summary>
    Refused,
}
