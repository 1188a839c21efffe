namespace Elara.Grains.Assistant;

/// <summary>A product the shopper put on their list during the conversation.</summary>
public sealed record ShoppingListItem(string ProductId, string Name, decimal Price);
