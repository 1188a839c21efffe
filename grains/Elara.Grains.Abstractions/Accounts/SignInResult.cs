namespace Elara.Grains.Accounts;

/// <summary>The answer to a sign-in: the account on success; otherwise why not, and until when it is locked.</summary>
public sealed record SignInResult(bool Succeeded, AccountView? Account, bool LockedOut, DateTimeOffset? LockedUntil)
{
    public static SignInResult Failed { get; } = new(false, null, false, null);
}
