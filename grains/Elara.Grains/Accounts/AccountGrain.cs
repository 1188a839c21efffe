using Elara.Grains.Errors;
using Elara.Grains.Users;
using Elara.Runtime;
using Elara.Runtime.State;
using Microsoft.AspNetCore.Identity;

namespace Elara.Grains.Accounts;

/// <summary>
/// An account's credentials (key: the normalised e-mail). Checking a password and counting a failure happen in one
/// turn, so parallel guesses cannot get past the lockout.
/// </summary>
public sealed class AccountGrain(
    [PersistentState("account")] IPersistentState<AccountState> account,
    IPasswordHasher<AccountState> hasher,
    TimeProvider clock) : Grain, IAccountGrain
{
    public async Task<AccountView> RegisterAsync(string password, string displayName, IReadOnlyList<string> roles)
    {
        var email = GetPrimaryKeyString();
        AccountRules.CheckEmailKey(email);
        if (account.State.Exists)
        {
            throw ShopException.Conflict("an account with this e-mail address already exists");
        }

        AccountRules.CheckPassword(password);
        var roleList = RoleList.From(roles);
        var userId = ShopperIds.NewUser();

        // The profile first: if it fails, no account points at a user that does not exist.
        var profile = await GrainFactory.GetGrain<IUserGrain>(userId).CreateProfileAsync(email, displayName, roleList);
        var created = new AccountState { Email = email, UserId = userId, Roles = roleList, CreatedAt = profile.CreatedAt };
        account.State = created with { PasswordHash = hasher.HashPassword(created, password) };
        await account.WriteStateAsync();
        return account.State.ToView();
    }

    public async Task<SignInResult> SignInAsync(string password)
    {
        var now = clock.GetUtcNow();
        var current = account.State;
        if (!current.Exists)
        {
            // Hashing anyway costs what a real check costs, so the answer's timing does not tell which e-mails exist.
            _ = hasher.HashPassword(current, password);
            return SignInResult.Failed;
        }

        if (current.IsLockedAt(now))
        {
            return LockedOut(current);
        }

        var verdict = hasher.VerifyHashedPassword(current, current.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            account.State = current.WithFailedAttempt(now);
            await account.WriteStateAsync();
            return account.State.IsLockedAt(now) ? LockedOut(account.State) : SignInResult.Failed;
        }

        var next = current.WithSuccessfulSignIn();
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            next = next with { PasswordHash = hasher.HashPassword(next, password) };
        }

        if (next != current)
        {
            account.State = next;
            await account.WriteStateAsync();
        }

        return new SignInResult(true, next.ToView(), false, null);
    }

    public Task<AccountView?> GetAsync() => Task.FromResult(account.State.Exists ? account.State.ToView() : null);

    public async Task<AccountView> SetRolesAsync(IReadOnlyList<string> roles)
    {
        if (!account.State.Exists)
        {
            throw ShopException.NotFound("no account has this e-mail address");
        }

        var roleList = RoleList.From(roles);
        await GrainFactory.GetGrain<IUserGrain>(account.State.UserId).SetRolesAsync(roleList);
        account.State = account.State with { Roles = roleList };
        await account.WriteStateAsync();
        return account.State.ToView();
    }

    static SignInResult LockedOut(AccountState locked) => new(false, null, true, locked.LockedUntil);
}
