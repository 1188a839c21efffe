using Elara.Api.Identity;
using Elara.Grains.Orders;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Orders;

/// <summary>The signed-in shopper's orders. Another shopper's order id answers 404, exactly like an id that does not exist.</summary>
public static class OrdersApi
{
    const int MaxOrderIdLength = 100;

    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders").WithTags("Orders").RequireAuthorization(Policies.SignedIn);
        orders.MapGet("/", List);
        orders.MapGet($"/{{orderId:maxlength({MaxOrderIdLength})}}", Get);
        return app;
    }

    static async Task<Ok<IReadOnlyList<OrderView>>> List(Shopper shopper, IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IUserGrain>(shopper.Id).GetOrderIdsAsync();
        var orders = await Task.WhenAll(ids.Select(id => grains.GetGrain<IOrderGrain>(id).GetAsync()));
        return TypedResults.Ok<IReadOnlyList<OrderView>>(
            [.. orders.OfType<OrderView>().Where(o => o.OwnerId == shopper.Id).OrderByDescending(o => o.CreatedAt)]);
    }

    // Ownership is the test, not the shopper's order list: a failed checkout's order is theirs but is not listed.
    static async Task<Results<Ok<OrderView>, ProblemHttpResult>> Get(string orderId, Shopper shopper, IGrainFactory grains) =>
        await grains.GetGrain<IOrderGrain>(orderId).GetAsync() is { } order && order.OwnerId == shopper.Id
            ? TypedResults.Ok(order)
            : TypedResults.Problem(title: "Not found", detail: "You have no order with this id.", statusCode: StatusCodes.Status404NotFound);
}
