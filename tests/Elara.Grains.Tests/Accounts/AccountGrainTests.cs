using Elara.Grains.Accounts;
using Elara.Grains.Errors;
using Elara.Grains.Users;
using Elara.Runtime.Testing.Silos;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using SignInResult = Elara.Grains.Accounts.SignInResult;

namespace Elara.Grains.Tests.Accounts;

public sealed class AccountGrainTests
{
    const string Email = "ann@shop.example";
    const string Password = "correct horse battery";

    [Fact]
    public async Task Registering_creates_the_account_and_the_shoppers_profile()
    {
        await using var silo = await ShopSilo.StartAsync();

        var account = await Register(silo);

        account.Email.ShouldBe(Email);
        account.UserId.ShouldStartWith("u-");
        account.Roles.ShouldBe([Roles.Shopper]);
        var profile = (await silo.Grains.GetGrain<IUserGrain>(account.UserId).GetProfileAsync()).ShouldNotBeNull();
        (profile.Email, profile.DisplayName, profile.CreatedAt).ShouldBe((Email, "Ann", silo.Clock.GetUtcNow()));
        profile.Roles.ShouldBe([Roles.Shopper]);
        (await Account(silo).GetAsync()).ShouldNotBeNull().UserId.ShouldBe(account.UserId);
    }

    [Fact]
    public async Task Registering_an_e_mail_address_twice_is_a_conflict()
    {
        await using var silo = await ShopSilo.StartAsync();
        await Register(silo);

        var error = await Should.ThrowAsync<ShopException>(Account(silo).RegisterAsync("another password", "Ann 2", [Roles.Shopper]));

        error.Error.ShouldBe(ShopError.Conflict);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("1234567")]
    public async Task A_password_under_eight_characters_is_invalid(string password)
    {
        await using var silo = await ShopSilo.StartAsync();

        var error = await Should.ThrowAsync<ShopException>(Account(silo).RegisterAsync(password, "Ann", [Roles.Shopper]));

        error.Error.ShouldBe(ShopError.Invalid);
        (await Account(silo).GetAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task A_password_over_128_characters_is_invalid()
    {
        await using var silo = await ShopSilo.StartAsync();

        var error = await Should.ThrowAsync<ShopException>(Account(silo).RegisterAsync(new string('p', 129), "Ann", [Roles.Shopper]));

        error.Error.ShouldBe(ShopError.Invalid);
    }

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("two@at@signs")]
    [InlineData("@shop.example")]
    [InlineData("ann@")]
    [InlineData("Ann@Shop.example")]
    [InlineData("ann smith@shop.example")]
    public async Task A_key_that_is_not_a_normalised_e_mail_address_cannot_register(string key)
    {
        await using var silo = await ShopSilo.StartAsync();

        var error = await Should.ThrowAsync<ShopException>(silo.Grains.GetGrain<IAccountGrain>(key).RegisterAsync(Password, "Ann", [Roles.Shopper]));

        error.Error.ShouldBe(ShopError.Invalid);
    }

    [Fact]
    public async Task An_e_mail_address_over_254_characters_cannot_register()
    {
        await using var silo = await ShopSilo.StartAsync();
        var key = new string('a', 245) + "@shop.example";

        var error = await Should.ThrowAsync<ShopException>(silo.Grains.GetGrain<IAccountGrain>(key).RegisterAsync(Password, "Ann", [Roles.Shopper]));

        error.Error.ShouldBe(ShopError.Invalid);
    }

    [Fact]
    public async Task An_unknown_role_is_invalid_and_nothing_is_created()
    {
        await using var silo = await ShopSilo.StartAsync();

        var error = await Should.ThrowAsync<ShopException>(Account(silo).RegisterAsync(Password, "Ann", ["superuser"]));

        error.Error.ShouldBe(ShopError.Invalid);
        (await Account(silo).GetAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task The_right_password_signs_in()
    {
        await using var silo = await ShopSilo.StartAsync();
        var account = await Register(silo);

        var result = await Account(silo).SignInAsync(Password);

        result.Succeeded.ShouldBeTrue();
        result.Account.ShouldNotBeNull().UserId.ShouldBe(account.UserId);
    }

    [Fact]
    public async Task Signing_in_to_an_unknown_account_fails_like_a_wrong_password()
    {
        await using var silo = await ShopSilo.StartAsync();

        var result = await silo.Grains.GetGrain<IAccountGrain>("nobody@shop.example").SignInAsync(Password);

        result.ShouldBe(SignInResult.Failed);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        await using var silo = await ShopSilo.StartAsync();
        await Register(silo);
        var account = Account(silo);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await account.SignInAsync("wrong password")).ShouldBe(SignInResult.Failed);
        }

        var fifth = await account.SignInAsync("wrong password");

        fifth.LockedOut.ShouldBeTrue();
        fifth.LockedUntil.ShouldBe(silo.Clock.GetUtcNow() + TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task A_locked_account_refuses_even_the_right_password_until_the_lockout_ends()
    {
        await using var silo = await ShopSilo.StartAsync();
        await Register(silo);
        var account = Account(silo);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await account.SignInAsync("wrong password");
        }

        silo.Clock.Advance(TimeSpan.FromMinutes(14));
        var locked = await account.SignInAsync(Password);
        silo.Clock.Advance(TimeSpan.FromMinutes(1));
        var unlocked = await account.SignInAsync(Password);

        locked.Succeeded.ShouldBeFalse();
        locked.LockedOut.ShouldBeTrue();
        unlocked.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_successful_sign_in_starts_the_failure_count_again()
    {
        await using var silo = await ShopSilo.StartAsync();
        await Register(silo);
        var account = Account(silo);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await account.SignInAsync("wrong password");
        }

        await account.SignInAsync(Password);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await account.SignInAsync("wrong password");
        }

        (await account.SignInAsync(Password)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_hash_the_hasher_wants_renewed_is_replaced_at_the_next_sign_in()
    {
        var hasher = new RenewingHasher();
        await using var silo = await ShopSilo.StartAsync(services: s => s.AddSingleton<IPasswordHasher<AccountState>>(hasher));
        await Register(silo);

        (await Account(silo).SignInAsync(Password)).Succeeded.ShouldBeTrue();
        (await Account(silo).SignInAsync(Password)).Succeeded.ShouldBeTrue();

        hasher.Hashes.ShouldBe(["v1:" + Password, "v2:" + Password]);
    }

    [Fact]
    public async Task New_roles_reach_the_account_and_the_profile()
    {
        await using var silo = await ShopSilo.StartAsync();
        var registered = await Register(silo);

        var account = await Account(silo).SetRolesAsync([Roles.Admin, Roles.Marketing, Roles.Admin]);

        account.Roles.ShouldBe([Roles.Marketing, Roles.Admin]);
        (await silo.Grains.GetGrain<IUserGrain>(registered.UserId).GetProfileAsync()).ShouldNotBeNull().Roles.ShouldBe([Roles.Marketing, Roles.Admin]);
        (await Account(silo).SignInAsync(Password)).Account.ShouldNotBeNull().Roles.ShouldBe([Roles.Marketing, Roles.Admin]);
    }

    [Fact]
    public async Task Roles_outside_the_known_set_are_invalid()
    {
        await using var silo = await ShopSilo.StartAsync();
        await Register(silo);

        (await Should.ThrowAsync<ShopException>(Account(silo).SetRolesAsync(["root"]))).Error.ShouldBe(ShopError.Invalid);
        (await Should.ThrowAsync<ShopException>(Account(silo).SetRolesAsync([]))).Error.ShouldBe(ShopError.Invalid);
    }

    static IAccountGrain Account(TestSilo silo) => silo.Grains.GetGrain<IAccountGrain>(Email);

    static Task<AccountView> Register(TestSilo silo) => Account(silo).RegisterAsync(Password, "Ann", [Roles.Shopper]);

    /// <summary>A hasher whose first hashes are "v1" and ask to be renewed, so the test sees the renewal.</summary>
    sealed class RenewingHasher : IPasswordHasher<AccountState>
    {
        readonly List<string> hashes = [];

        public IReadOnlyList<string> Hashes
        {
            get
            {
                lock (hashes)
                {
                    return [.. hashes];
                }
            }
        }

        public string HashPassword(AccountState user, string password)
        {
            lock (hashes)
            {
                var hash = (hashes.Count == 0 ? "v1:" : "v2:") + password;
                hashes.Add(hash);
                return hash;
            }
        }

        public PasswordVerificationResult VerifyHashedPassword(AccountState user, string hashedPassword, string providedPassword) =>
            hashedPassword == "v1:" + providedPassword ? PasswordVerificationResult.SuccessRehashNeeded
            : hashedPassword == "v2:" + providedPassword ? PasswordVerificationResult.Success
            : PasswordVerificationResult.Failed;
    }
}
