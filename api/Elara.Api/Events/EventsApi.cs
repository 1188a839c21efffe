using Elara.Api.Identity;
using Elara.Api.Search;
using Elara.Grains.Behaviour;
using Elara.Grains.Products;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Events;

public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/events", Track).WithTags("Events");
        return app;
    }

    static async Task<Results<Accepted<EventsAccepted>, ValidationProblem, ProblemHttpResult>> Track(
        EventBatch body, Shopper shopper, IGrainFactory grains, TimeProvider clock)
    {
        if (body.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var events = body.Events.OfType<TrackedEvent>().ToList();
        var at = clock.GetUtcNow();
        BehaviourEvent[] tracked = [.. events.Select(e => new BehaviourEvent(e.Type!.Value, shopper.Id, e.ProductId, e.Query?.Trim(), e.Quantity ?? 1, at))];
        // The shopper's grain checks the products against its silo's catalog: no call per product from here.
        var unknown = await grains.GetGrain<IUserGrain>(shopper.Id).TrackAsync(tracked);
        if (unknown.Count > 0)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["productId"] = [.. unknown] })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "Unknown products",
                Detail = "Events may only name products of the catalog.",
            });
        }

        await SearchSignals.FeedAsync(grains, tracked);
        return TypedResults.Accepted((string?)null, new EventsAccepted(events.Count));
    }
}
