namespace Elara.Grains.Assistant;

/// <summary>The default responder: the built-in assistant, no model involved.</summary>
public sealed class BuiltInResponder : IConversationResponder
{
    public Task<AssistantTurn> AnswerAsync(ConversationState state, string text, AssistantTools tools) =>
        new BuiltInAssistant(tools).AnswerAsync(state, text);
}
