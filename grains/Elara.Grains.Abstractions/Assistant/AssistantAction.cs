namespace Elara.Grains.Assistant;

/// <summary>Something the assistant did for the shopper, e.g. put one unit of a product in their cart.</summary>
public sealed record AssistantAction(AssistantActionKind Kind, string ProductId, int Quantity);
