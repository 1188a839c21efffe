using System.Security.Claims;

namespace Elara.Api.Identity;

/// <summary>
/// What a cookie or bearer token holds: the user id and e-mail only. Roles are looked up on every request
/// (<see cref="RoleClaimsTransformation"/>), so a grant or revocation counts at once, not at the next sign-in.
/// </summary>
public static class ShopperClaims
{
    public static ClaimsPrincipal For(string userId, string email) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Email, email)],
            authenticationType: AuthSchemes.Default));
}
