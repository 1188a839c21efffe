using Elara.Runtime;

namespace Elara.Grains.Accounts;

/// <summary>
/// Sign-in credentials (key: the normalised e-mail address): the password hash, failed attempts and lockout.
/// Checking a password and counting a failure happen in one turn, so parallel guesses cannot dodge the lockout.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account for a new user id; Conflict when the e-mail is taken.</summary>
    Task<AccountView> RegisterAsync(string password, string displayName, IReadOnlyList<string> roles);

    /// <summary>Checks the password; counts failures and locks the account after too many.</summary>
    Task<SignInResult> SignInAsync(string password);

    [ReadOnly]
    Task<AccountView?> GetAsync();

    Task<AccountView> SetRolesAsync(IReadOnlyList<string> roles);
}
