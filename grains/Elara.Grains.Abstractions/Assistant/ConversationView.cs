namespace Elara.Grains.Assistant;

/// <summary>
/// The conversation as its owner sees it: the turns kept (oldest first; older ones live on only through the
/// constraints), the constraints in force and the shopping list.
/// </summary>
public sealed record ConversationView(
    string Id,
    IReadOnlyList<ConversationTurn> Turns,
    ConversationConstraints Constraints,
    IReadOnlyList<ShoppingListItem> ShoppingList);
