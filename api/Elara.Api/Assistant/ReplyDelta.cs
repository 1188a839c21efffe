namespace Elara.Api.Assistant;

/// <summary>The next piece of the reply's text.</summary>
public sealed record ReplyDelta(string Text);
