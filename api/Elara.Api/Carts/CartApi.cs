using Elara.Api.Catalog;
using Elara.Api.Identity;
using Elara.Grains.Carts;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Carts;

/// <summary>The shopper's own cart; anonymous shoppers have one too.</summary>
public static class CartApi
{
    public static IEndpointRouteBuilder MapCartApi(this IEndpointRouteBuilder app)
    {
        var cart = app.MapGroup("/api/cart").WithTags("Cart");
        cart.MapGet("/", Get);
        cart.MapPost("/items", Add);
        cart.MapPatch($"/items/{{productId:{ProductIdRouteConstraint.Name}}}", Change);
        cart.MapDelete($"/items/{{productId:{ProductIdRouteConstraint.Name}}}", Remove);
        return app;
    }

    static async Task<Ok<CartView>> Get(Shopper shopper, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICartGrain>(shopper.Id).GetAsync());

    static async Task<Results<Ok<CartView>, ValidationProblem>> Add(AddCartItem body, Shopper shopper, IGrainFactory grains) =>
        body.Validate() is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await grains.GetGrain<ICartGrain>(shopper.Id).AddAsync(body.ProductId!, body.Quantity!.Value));

    static async Task<Results<Ok<CartView>, ValidationProblem>> Change(string productId, CartItemChange body, Shopper shopper, IGrainFactory grains) =>
        body.Validate() is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await grains.GetGrain<ICartGrain>(shopper.Id).SetQuantityAsync(productId, body.Quantity!.Value));

    static async Task<Ok<CartView>> Remove(string productId, Shopper shopper, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICartGrain>(shopper.Id).RemoveAsync(productId));
}
