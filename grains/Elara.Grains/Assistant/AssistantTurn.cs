namespace Elara.Grains.Assistant;

/// <summary>One answer and the conversation state it leaves behind (turns are added by the grain).</summary>
public sealed record AssistantTurn(AssistantReply Reply, ConversationState State);
