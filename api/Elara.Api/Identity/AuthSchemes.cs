using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Elara.Api.Identity;

/// <summary>The authentication schemes: one policy scheme that forwards to bearer tokens or cookies per request.</summary>
public static class AuthSchemes
{
    public const string Default = "Elara";

    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;

    public const string Bearer = BearerTokenDefaults.AuthenticationScheme;

    public const string CookieName = "elara.auth";

    /// <summary>True when the request presents a bearer token (even an empty one); it is judged by that token alone.</summary>
    public static bool CarriesBearerToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString().AsSpan().Trim();
        return authorization.StartsWith("Bearer", StringComparison.OrdinalIgnoreCase)
            && (authorization.Length == "Bearer".Length || authorization["Bearer".Length] == ' ');
    }
}
