using System.Net.Mail;

namespace Elara.Api.Identity;

public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName)
{
    public const int MaxEmailLength = 254;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;
    public const int MaxDisplayNameLength = 100;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (!IsEmailAddress(Email))
        {
            errors["email"] = ["A valid e-mail address is required."];
        }

        if (Password is not { Length: >= MinPasswordLength and <= MaxPasswordLength })
        {
            errors["password"] = [$"The password must have {MinPasswordLength} to {MaxPasswordLength} characters."];
        }

        if (DisplayName?.Trim() is not { Length: > 0 and <= MaxDisplayNameLength } name || name.Any(char.IsControl))
        {
            errors["displayName"] = [$"A display name of 1 to {MaxDisplayNameLength} characters is required."];
        }

        return errors;
    }

    // MailAddress also accepts "Ann <ann@shop.com>"; only a bare address is taken.
    static bool IsEmailAddress(string? email) =>
        email is { Length: > 0 and <= MaxEmailLength }
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email.Trim();
}
