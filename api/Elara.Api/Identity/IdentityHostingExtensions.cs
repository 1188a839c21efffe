using Elara.Grains.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Elara.Api.Identity;

public static class IdentityHostingExtensions
{
    /// <summary>
    /// Cookies for browsers, bearer tokens for other clients (chosen per request), role policies, the anonymous shopper,
    /// antiforgery, and the configured first admin. Keys live under Elara:DataDir so cookies outlive a restart.
    /// </summary>
    public static IHostApplicationBuilder AddElaraIdentity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var dataDir = builder.Configuration["Elara:DataDir"] ?? ".elara";
        services.AddDataProtection()
            .SetApplicationName("Elara")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(dataDir), "keys")));

        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "Bearer token or cookie", options =>
                options.ForwardDefaultSelector = context =>
                    AuthSchemes.CarriesBearerToken(context.Request) ? AuthSchemes.Bearer : AuthSchemes.Cookie)
            .AddCookie(AuthSchemes.Cookie, options =>
            {
                options.Cookie.Name = AuthSchemes.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromDays(14);
                options.SlidingExpiration = true;

                // An API has no login page: answer with the status, which UseStatusCodePages turns into ProblemDetails.
                options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(AuthSchemes.Bearer, options => options.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.AddSingleton<IClaimsTransformation, RoleClaimsTransformation>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Policies.Marketing, policy => policy.RequireRole(Roles.Marketing, Roles.Admin))
            .AddPolicy(Policies.Ops, policy => policy.RequireRole(Roles.Ops, Roles.Admin))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin));

        services.AddAntiforgery(options =>
        {
            options.HeaderName = "X-XSRF-TOKEN";
            options.Cookie.Name = "elara.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddSingleton<AnonymousShopperCookie>();
        services.AddSingleton<ShopperResolver>();
        services.AddSingleton<CookieSignIn>();
        services.Configure<AdminAccountOptions>(builder.Configuration.GetSection(AdminAccountOptions.Section));

        // Registered after the silo, so the silo takes calls when this runs.
        services.AddHostedService<AdminAccountSeeder>();
        return builder;
    }

    /// <summary>Routing, then who the caller is, then whether the credential they carry holds, then what they may do.</summary>
    public static WebApplication UseElaraIdentity(this WebApplication app)
    {
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<CredentialGuard>();
        app.UseAuthorization();
        return app;
    }

    static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
