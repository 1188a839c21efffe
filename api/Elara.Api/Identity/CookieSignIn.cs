using Elara.Grains.Carts;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.AspNetCore.Authentication;

namespace Elara.Api.Identity;

/// <summary>Signs a browser in with the auth cookie and takes over what it did as an anonymous shopper.</summary>
internal sealed class CookieSignIn(IGrainFactory grains, AnonymousShopperCookie anonymous)
{
    public async Task SignInAsync(HttpContext context, string userId, string email)
    {
        // Merged first: if a merge fails, the answer is an error and no half-done sign-in cookie goes out with it.
        if (anonymous.Read(context) is { } anonymousId)
        {
            await grains.GetGrain<ICartGrain>(userId).MergeFromAsync(anonymousId);
            await grains.GetGrain<IUserGrain>(userId).MergeFromAsync(anonymousId);
            anonymous.Delete(context);
        }

        await context.SignInAsync(AuthSchemes.Cookie, ShopperClaims.For(userId, email), new AuthenticationProperties { IsPersistent = true });
    }
}
