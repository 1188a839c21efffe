namespace Elara.Grains.Accounts;

/// <summary>The account key for an e-mail address: trimmed and lower-cased, so "Ann@Shop.com " and "ann@shop.com" are one account.</summary>
public static class EmailAddress
{
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
