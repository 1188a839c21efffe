namespace Elara.Api.Checkout;

/// <summary>The card to charge; spaces between digit groups are allowed.</summary>
public sealed record CheckoutBody(string? CardNumber)
{
    public string Digits => (CardNumber ?? "").Replace(" ", "", StringComparison.Ordinal);

    public Dictionary<string, string[]> Validate() =>
        Digits is { Length: >= 12 and <= 19 } digits && digits.All(char.IsAsciiDigit)
            ? []
            : new() { ["cardNumber"] = ["The card number must have 12 to 19 digits."] };
}
