using System.Security.Cryptography;
using Elara.Grains.Users;
using Microsoft.AspNetCore.DataProtection;

namespace Elara.Api.Identity;

/// <summary>
/// The anonymous shopper id in cookie "elara.shopper", protected with Data Protection: only ids this API issued are
/// accepted, so a forged, tampered or borrowed-from-elsewhere value is ignored and a fresh id issued.
/// </summary>
internal sealed class AnonymousShopperCookie(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string Name = "elara.shopper";

    static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    readonly IDataProtector protector = dataProtection.CreateProtector("Elara.Api.Identity.AnonymousShopper.v1");
    readonly CheckedCredentials<string> checkedCookies = new(clock);

    /// <summary>The anonymous id the request proves, or null when it carries none (or an invalid one).</summary>
    public string? Read(HttpContext context)
    {
        if (context.Request.Cookies[Name] is not { Length: > 0 } value)
        {
            return null;
        }

        if (checkedCookies.TryGet(value, out var known))
        {
            return known;
        }

        try
        {
            var id = protector.Unprotect(value);
            if (!IsAnonymousId(id))
            {
                return null;
            }

            checkedCookies.Add(value, id);
            return id;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    public string ReadOrIssue(HttpContext context)
    {
        if (Read(context) is { } id)
        {
            return id;
        }

        id = ShopperIds.NewAnonymous();
        context.Response.Cookies.Append(Name, protector.Protect(id), Options(context));
        return id;
    }

    public void Delete(HttpContext context) => context.Response.Cookies.Delete(Name, Options(context));

    CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        IsEssential = true,
        Path = "/",
        Expires = clock.GetUtcNow() + Lifetime,
    };

    // Exactly what ShopperIds.NewAnonymous makes: "a-" and 32 hex digits.
    static bool IsAnonymousId(string id) =>
        id.Length == 34 && ShopperIds.IsAnonymous(id) && !id.AsSpan(2).ContainsAnyExcept("0123456789abcdef");
}
