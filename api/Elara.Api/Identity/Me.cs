using Elara.Grains.Users;

namespace Elara.Api.Identity;

/// <summary>The signed-in account as GET /api/me shows it.</summary>
public sealed record Me(string UserId, string Email, string DisplayName, IReadOnlyList<string> Roles)
{
    public static Me From(UserProfile profile) => new(profile.UserId, profile.Email, profile.DisplayName, profile.Roles);
}
