namespace Elara.Grains.Assistant;

public sealed record ConversationTurn(TurnRole Role, string Text, IReadOnlyList<ProductCard> Cards, DateTimeOffset At);
