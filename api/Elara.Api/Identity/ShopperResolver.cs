using System.Security.Claims;

namespace Elara.Api.Identity;

/// <summary>The one place a request's <see cref="Shopper"/> is decided: the signed-in user, else the anonymous cookie.</summary>
internal sealed class ShopperResolver(AnonymousShopperCookie anonymous)
{
    public Shopper Resolve(HttpContext context)
    {
        if (context.Items[typeof(Shopper)] is Shopper known)
        {
            return known;
        }

        var user = context.User;
        var shopper = user.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            ? new Shopper(userId, IsAnonymous: false, user.FindFirstValue(ClaimTypes.Email), [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)])
            : new Shopper(anonymous.ReadOrIssue(context), IsAnonymous: true, Email: null, Roles: []);
        context.Items[typeof(Shopper)] = shopper;
        return shopper;
    }
}
