namespace Elara.Api.Checkout;

/// <summary>The Idempotency-Key header: 1–100 printable ASCII characters, one value.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxLength = 100;

    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength } && key.All(c => c is >= ' ' and <= '~') && !string.IsNullOrWhiteSpace(key);
}
