using Elara.Grains.Errors;
using Elara.Runtime;
using Elara.Runtime.State;

namespace Elara.Grains.Assistant;

/// <summary>
/// One conversation: its owner, memory and the assistant that answers in it. The tools it hands the assistant are
/// bound to the owner, so nothing said in the conversation can act for anyone else.
/// </summary>
public sealed class ConversationGrain(
    [PersistentState("conversation")] IPersistentState<ConversationState> conversation,
    IConversationResponder responder,
    TimeProvider clock) : Grain, IConversationGrain
{
    public async Task StartAsync(string shopperId)
    {
        if (conversation.State.OwnerId is not null)
        {
            throw ShopException.Conflict("this conversation has already started");
        }

        conversation.State = conversation.State with { OwnerId = shopperId };
        await conversation.WriteStateAsync();
    }

    public async Task<AssistantReply> SendAsync(string shopperId, string text)
    {
        var state = Owned(shopperId);
        if (string.IsNullOrWhiteSpace(text) || text.Length > ConversationIds.MaxMessageLength)
        {
            throw ShopException.Invalid($"a message has 1 to {ConversationIds.MaxMessageLength} characters");
        }

        var asked = state.WithTurn(new ConversationTurn(TurnRole.Shopper, text.Trim(), [], clock.GetUtcNow()));
        var answer = await responder.AnswerAsync(asked, text.Trim(), new AssistantTools(GrainFactory, shopperId));
        conversation.State = answer.State.WithTurn(new ConversationTurn(TurnRole.Assistant, answer.Reply.Reply, answer.Reply.Cards, clock.GetUtcNow()));
        await conversation.WriteStateAsync();
        return answer.Reply;
    }

    public Task<ConversationView> GetAsync(string shopperId) =>
        Task.FromResult(Owned(shopperId).ToView(GetPrimaryKeyString()));

    /// <summary>Someone else's conversation answers exactly like one that does not exist.</summary>
    ConversationState Owned(string shopperId) =>
        conversation.State.IsOwnedBy(shopperId)
            ? conversation.State
            : throw ShopException.NotFound("no such conversation");
}
