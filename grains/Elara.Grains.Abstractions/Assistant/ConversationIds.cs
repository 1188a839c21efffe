namespace Elara.Grains.Assistant;

public static class ConversationIds
{
    /// <summary>The longest message a shopper may send, in characters.</summary>
    public const int MaxMessageLength = 1000;

    /// <summary>A fresh unguessable id: conversations are found only by their owner, never listed.</summary>
    public static string New() => "c-" + Guid.NewGuid().ToString("N");

    /// <summary>Only ids shaped like <see cref="New"/>'s reach a grain, so a random path activates nothing.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: 34 } && id.StartsWith("c-", StringComparison.Ordinal) && !id.AsSpan(2).ContainsAnyExcept("0123456789abcdef");
}
