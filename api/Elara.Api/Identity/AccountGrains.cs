using Elara.Grains.Accounts;
using Elara.Grains.Users;
using Elara.Runtime;

namespace Elara.Api.Identity;

public static class AccountGrains
{
    /// <summary>The account for an e-mail address however it is cased or spaced.</summary>
    public static IAccountGrain Account(this IGrainFactory grains, string email) =>
        grains.GetGrain<IAccountGrain>(EmailAddress.Normalize(email));

    /// <summary>The account as GET /api/me shows it, with the display name from its profile.</summary>
    public static async Task<Me> MeAsync(this IGrainFactory grains, AccountView account)
    {
        var profile = await grains.GetGrain<IUserGrain>(account.UserId).GetProfileAsync();
        return new Me(account.UserId, account.Email, profile?.DisplayName ?? account.Email, account.Roles);
    }
}
