using System.Globalization;
using Elara.Api.Identity;
using Elara.Grains.Carts;
using Elara.Grains.Orders;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Elara.Api.Checkout;

public static class CheckoutApi
{
    // How long a client should wait before trying again (with a new key) after the payment service failed.
    static readonly TimeSpan PaymentRetryAfter = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapCheckoutApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/checkout", Checkout).WithTags("Checkout").RequireAuthorization(Policies.SignedIn);
        return app;
    }

    /// <summary>
    /// Pays the cart. The cart grain answers a repeated key with the first attempt's order, whatever its outcome, so
    /// the answer for a replay is the same status and order, marked with Idempotent-Replayed.
    /// </summary>
    static async Task<Results<Created<OrderView>, ValidationProblem, ProblemHttpResult>> Checkout(
        CheckoutBody body,
        [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        Shopper shopper,
        IGrainFactory grains,
        HttpContext context)
    {
        var errors = body.Validate();
        if (!IdempotencyKey.IsValid(idempotencyKey))
        {
            errors[IdempotencyKey.Header] = [$"The {IdempotencyKey.Header} header must have 1 to {IdempotencyKey.MaxLength} printable characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var placement = await grains.GetGrain<ICartGrain>(shopper.Id).CheckoutAsync(new CheckoutRequest(idempotencyKey!, body.Digits));
        if (placement.Replayed)
        {
            context.Response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        }

        var order = placement.Order;
        return order.Status switch
        {
            OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered => TypedResults.Created($"/api/orders/{order.Id}", order),
            OrderStatus.Failed when order.Failure is OrderFailure.PaymentDeclined =>
                Refused(order, StatusCodes.Status402PaymentRequired, "Payment declined"),
            OrderStatus.Failed when order.Failure is OrderFailure.PaymentUnavailable =>
                Unavailable(order, context),
            OrderStatus.Failed when order.Failure is OrderFailure.OutOfStock =>
                Refused(order, StatusCodes.Status409Conflict, "Out of stock"),
            _ => Refused(order, StatusCodes.Status409Conflict, "Order not placed"),
        };
    }

    static ProblemHttpResult Unavailable(OrderView order, HttpContext context)
    {
        context.Response.Headers.RetryAfter = ((int)PaymentRetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return Refused(order, StatusCodes.Status503ServiceUnavailable, "Payment service unavailable");
    }

    static ProblemHttpResult Refused(OrderView order, int status, string title) => TypedResults.Problem(
        title: title,
        detail: order.FailureReason ?? $"The order is {order.Status}.",
        statusCode: status,
        extensions: new Dictionary<string, object?> { ["orderId"] = order.Id });
}
