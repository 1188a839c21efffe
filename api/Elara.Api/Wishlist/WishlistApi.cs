using Elara.Api.Catalog;
using Elara.Api.Identity;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Wishlist;

/// <summary>The shopper's own wishlist; anonymous shoppers have one too.</summary>
public static class WishlistApi
{
    public static IEndpointRouteBuilder MapWishlistApi(this IEndpointRouteBuilder app)
    {
        var wishlist = app.MapGroup("/api/wishlist").WithTags("Wishlist");
        wishlist.MapGet("/", Get);
        wishlist.MapPost($"/{{productId:{ProductIdRouteConstraint.Name}}}", Add);
        wishlist.MapDelete($"/{{productId:{ProductIdRouteConstraint.Name}}}", Remove);
        return app;
    }

    static async Task<Ok<WishlistView>> Get(Shopper shopper, IGrainFactory grains) =>
        TypedResults.Ok(new WishlistView(await grains.GetGrain<IUserGrain>(shopper.Id).GetWishlistAsync()));

    static async Task<Ok<WishlistView>> Add(string productId, Shopper shopper, IGrainFactory grains) =>
        TypedResults.Ok(new WishlistView(await grains.GetGrain<IUserGrain>(shopper.Id).AddToWishlistAsync(productId)));

    static async Task<Ok<WishlistView>> Remove(string productId, Shopper shopper, IGrainFactory grains) =>
        TypedResults.Ok(new WishlistView(await grains.GetGrain<IUserGrain>(shopper.Id).RemoveFromWishlistAsync(productId)));
}
