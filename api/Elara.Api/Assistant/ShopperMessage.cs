using Elara.Grains.Assistant;

namespace Elara.Api.Assistant;

/// <summary>What the shopper typed: 1 to <see cref="ConversationIds.MaxMessageLength"/> printable characters.</summary>
public sealed record ShopperMessage(string? Text)
{
    const int MaxLength = ConversationIds.MaxMessageLength;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Text) || Text.Length > MaxLength || Text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors["text"] = [$"The text must have 1 to {MaxLength} printable characters."];
        }

        return errors;
    }
}
