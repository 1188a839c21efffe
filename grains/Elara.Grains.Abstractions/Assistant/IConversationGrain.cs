using Elara.Runtime;

namespace Elara.Grains.Assistant;

/// <summary>
/// One conversation with the shopping assistant (key: a conversation id from <see cref="ConversationIds.New"/>). It
/// belongs to the shopper who started it: every call names the caller, and a caller who is not the owner is told the
/// conversation does not exist (NotFound), so ids cannot be probed.
/// </summary>
public interface IConversationGrain : IGrainWithStringKey
{
    /// <summary>Claims a new conversation for <paramref name="shopperId"/>; Conflict when it already has an owner.</summary>
    Task StartAsync(string shopperId);

    /// <summary>The assistant's answer to what the shopper said, acting on the shopper's own cart and list only.</summary>
    Task<AssistantReply> SendAsync(string shopperId, string text);

    [ReadOnly]
    Task<ConversationView> GetAsync(string shopperId);
}
