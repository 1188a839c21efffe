using Elara.Api.Errors;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Elara.Api.Identity;

/// <summary>
/// Makes every /api request prove the credential it carries. A bearer token must be valid (a request that sends one is
/// never judged by its cookies). A state-changing request that relies on Elara's cookies must present an antiforgery
/// token in X-XSRF-TOKEN, because a browser attaches cookies to requests other sites make.
/// </summary>
internal sealed class CredentialGuard(RequestDelegate next, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, TimeProvider clock)
{
    readonly CheckedCredentials<bool> checkedTokens = new(clock);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        if (AuthSchemes.CarriesBearerToken(request))
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "Invalid or expired bearer token");
                return;
            }
        }
        else if (!IsSafe(request.Method) && CarriesElaraCookie(request) && !await HasValidAntiforgeryTokenAsync(context))
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Antiforgery token missing or invalid",
                "Fetch a token from GET /api/auth/antiforgery and send it in the X-XSRF-TOKEN header.");
            return;
        }

        await next(context);
    }

    // ValidateRequestAsync rather than IsRequestValidAsync: only the former also turns an unreadable form body (where
    // antiforgery looks for a token when the header has none) into a validation failure instead of an exception.
    async Task<bool> HasValidAntiforgeryTokenAsync(HttpContext context)
    {
        var pair = TokenPair(context);
        if (pair is not null && checkedTokens.TryGet(pair, out _))
        {
            return true;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
            if (pair is not null)
            {
                checkedTokens.Add(pair, true);
            }

            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    /// <summary>
    /// What a validation depends on: the cookie token, the header token and who the caller is (a token is bound to the
    /// signed-in user it was issued to). Null when either token is missing, so those requests always get the full check.
    /// </summary>
    string? TokenPair(HttpContext context)
    {
        var options = antiforgeryOptions.Value;
        if (context.Request.Cookies[options.Cookie.Name!] is not { Length: > 0 } cookie
            || context.Request.Headers[options.HeaderName!].ToString() is not { Length: > 0 } header)
        {
            return null;
        }

        var user = context.User;
        var who = user.Identity?.IsAuthenticated == true ? string.Join('\n', user.Claims.Select(c => c.Type + "=" + c.Value)) : "";
        return string.Join('\0', cookie, header, who);
    }

    static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    static bool CarriesElaraCookie(HttpRequest request) =>
        request.Cookies.ContainsKey(AuthSchemes.CookieName) || request.Cookies.ContainsKey(AnonymousShopperCookie.Name);
}
