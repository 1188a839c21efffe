using System.Security.Claims;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.AspNetCore.Authentication;

namespace Elara.Api.Identity;

/// <summary>Adds the signed-in user's current roles, read from their user grain, as role claims.</summary>
internal sealed class RoleClaimsTransformation(IGrainFactory grains) : IClaimsTransformation
{
    const string Label = "elara-roles";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        // Authentication may run more than once per request; the roles are added once.
        if (principal.Identity?.IsAuthenticated != true
            || principal.Identities.Any(identity => identity.Label == Label)
            || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return principal;
        }

        var profile = await grains.GetGrain<IUserGrain>(userId).GetProfileAsync();
        var roles = new ClaimsIdentity(profile?.Roles.Select(role => new Claim(ClaimTypes.Role, role)) ?? []) { Label = Label };
        var transformed = principal.Clone();
        transformed.AddIdentity(roles);
        return transformed;
    }
}
