using Elara.Grains.Errors;

namespace Elara.Grains.Accounts;

/// <summary>What an account's e-mail key and password must look like.</summary>
public static class AccountRules
{
    public const int MaxEmailLength = 254;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;

    /// <summary>Invalid unless the key has one '@' with text on both sides, no spaces, at most 254 characters, and is normalised.</summary>
    public static void CheckEmailKey(string email)
    {
        var valid = email.Length <= MaxEmailLength &&
            email.Count(c => c == '@') == 1 &&
            !email.StartsWith('@') &&
            !email.EndsWith('@') &&
            !email.Any(char.IsWhiteSpace) &&
            email == EmailAddress.Normalize(email);
        if (!valid)
        {
            throw ShopException.Invalid("enter a valid e-mail address");
        }
    }

    public static void CheckPassword(string password)
    {
        if (password.Length is < MinPasswordLength or > MaxPasswordLength)
        {
            throw ShopException.Invalid($"password must be {MinPasswordLength} to {MaxPasswordLength} characters");
        }
    }
}
