namespace Elara.Grains.Assistant;

/// <summary>Who answers in a conversation: the built-in assistant, or a language model with it as the fallback.</summary>
public interface IConversationResponder
{
    Task<AssistantTurn> AnswerAsync(ConversationState state, string text, AssistantTools tools);
}
