using Elara.Api.RateLimiting;
using Elara.Grains.Accounts;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Identity;

public static class AuthApi
{
    /// <summary>The readable cookie a browser app copies into X-XSRF-TOKEN.</summary>
    public const string XsrfCookie = "XSRF-TOKEN";

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        auth.MapPost("/register", Register).RequireRateLimiting(RateLimitPolicies.Auth);
        auth.MapPost("/login", Login).RequireRateLimiting(RateLimitPolicies.Auth);
        auth.MapPost("/token", Token).RequireRateLimiting(RateLimitPolicies.Auth);
        // As a Delegate, so the HttpContext-only handler is not taken for a RequestDelegate that drops its result.
        auth.MapPost("/logout", (Delegate)Logout);
        auth.MapGet("/antiforgery", Antiforgery);
        return app;
    }

    static async Task<Results<Created<Me>, ValidationProblem>> Register(
        RegisterRequest body, HttpContext context, IGrainFactory grains, CookieSignIn signIn)
    {
        if (body.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var displayName = body.DisplayName!.Trim();
        var account = await grains.Account(body.Email!).RegisterAsync(body.Password!, displayName, [Roles.Shopper]);
        await signIn.SignInAsync(context, account.UserId, account.Email);
        return TypedResults.Created("/api/me", new Me(account.UserId, account.Email, displayName, account.Roles));
    }

    static async Task<Results<Ok<Me>, ValidationProblem, ProblemHttpResult>> Login(
        LoginRequest body, HttpContext context, IGrainFactory grains, CookieSignIn signIn)
    {
        if (body.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await grains.Account(body.Email!).SignInAsync(body.Password!);
        if (result is not { Succeeded: true, Account: { } account })
        {
            return Refusal(result);
        }

        await signIn.SignInAsync(context, account.UserId, account.Email);
        return TypedResults.Ok(await grains.MeAsync(account));
    }

    /// <summary>For clients without cookies: a one-hour bearer token (AccessTokenResponse JSON) for the credentials.</summary>
    static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> Token(LoginRequest body, IGrainFactory grains)
    {
        if (body.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await grains.Account(body.Email!).SignInAsync(body.Password!);
        return result is { Succeeded: true, Account: { } account }
            ? TypedResults.SignIn(ShopperClaims.For(account.UserId, account.Email), authenticationScheme: AuthSchemes.Bearer)
            : Refusal(result);
    }

    static async Task<NoContent> Logout(HttpContext context)
    {
        await context.SignOutAsync(AuthSchemes.Cookie);
        return TypedResults.NoContent();
    }

    static Ok<AntiforgeryToken> Antiforgery(HttpContext context, IAntiforgery antiforgery)
    {
        var token = antiforgery.GetAndStoreTokens(context).RequestToken!;
        context.Response.Cookies.Append(XsrfCookie, token, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
        return TypedResults.Ok(new AntiforgeryToken(token));
    }

    // An unknown e-mail gets the same answer as a wrong password, so the answer does not tell which accounts exist.
    static ProblemHttpResult Refusal(SignInResult result) => result.LockedOut
        ? TypedResults.Problem(
            title: "Account locked",
            detail: "Too many failed sign-ins; try again later.",
            statusCode: StatusCodes.Status401Unauthorized,
            extensions: new Dictionary<string, object?> { ["lockedUntil"] = result.LockedUntil })
        : TypedResults.Problem(title: "Invalid e-mail or password", statusCode: StatusCodes.Status401Unauthorized);
}
