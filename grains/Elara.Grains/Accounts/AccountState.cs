using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Elara.Grains.Accounts;

/// <summary>An account's credentials as stored: the password hash, its user, roles and the failed sign-ins that lock it.</summary>
public sealed record AccountState
{
    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public string Email { get; init; } = "";

    public string UserId { get; init; } = "";

    public string PasswordHash { get; init; } = "";

    public ImmutableList<string> Roles { get; init; } = [];

    public int FailedAttempts { get; init; }

    public DateTimeOffset? LockedUntil { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    [JsonIgnore]
    public bool Exists => UserId.Length > 0;

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil > now;

    /// <summary>Counts a wrong password; the last allowed one locks the account and starts a fresh count for after the lockout.</summary>
    public AccountState WithFailedAttempt(DateTimeOffset now) =>
        FailedAttempts + 1 >= MaxFailedAttempts
            ? this with { FailedAttempts = 0, LockedUntil = now + LockoutDuration }
            : this with { FailedAttempts = FailedAttempts + 1 };

    public AccountState WithSuccessfulSignIn() => this with { FailedAttempts = 0, LockedUntil = null };

    public AccountView ToView() => new(Email, UserId, Roles);
}
