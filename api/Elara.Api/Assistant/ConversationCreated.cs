namespace Elara.Api.Assistant;

public sealed record ConversationCreated(string Id);
