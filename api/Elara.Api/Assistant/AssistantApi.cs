using Elara.Api.Identity;
using Elara.Api.RateLimiting;
using Elara.Grains.Assistant;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Assistant;

/// <summary>
/// The shopping assistant. Anonymous shoppers may chat too; a conversation belongs to the shopper who started it, and
/// anyone else gets 404 for it, as for an id that never existed.
/// </summary>
public static class AssistantApi
{
    public static IEndpointRouteBuilder MapAssistantApi(this IEndpointRouteBuilder app)
    {
        var assistant = app.MapGroup("/api/assistant/conversations").WithTags("Assistant").RequireRateLimiting(RateLimitPolicies.Assistant);
        assistant.MapPost("/", Start);
        assistant.MapPost("/{id}/messages", Send);
        assistant.MapPost("/{id}/messages/stream", Stream);
        assistant.MapGet("/{id}", Get);
        return app;
    }

    static async Task<Created<ConversationCreated>> Start(Shopper shopper, IGrainFactory grains)
    {
        var id = ConversationIds.New();
        await grains.GetGrain<IConversationGrain>(id).StartAsync(shopper.Id);
        return TypedResults.Created($"/api/assistant/conversations/{id}", new ConversationCreated(id));
    }

    static async Task<Results<Ok<AssistantReply>, ValidationProblem, NotFound>> Send(
        string id, ShopperMessage body, Shopper shopper, IGrainFactory grains)
    {
        if (!ConversationIds.IsValid(id))
        {
            return TypedResults.NotFound();
        }

        return body.Validate() is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await grains.GetGrain<IConversationGrain>(id).SendAsync(shopper.Id, body.Text!.Trim()));
    }

    /// <summary>
    /// The same answer as Server-Sent Events: "delta" events carry the reply's text a few words at a time, then one
    /// "reply" event carries the whole answer with its cards, actions and suggestions.
    /// </summary>
    static async Task<Results<ServerSentEventsResult<object>, ValidationProblem, NotFound>> Stream(
        string id, ShopperMessage body, Shopper shopper, IGrainFactory grains)
    {
        if (!ConversationIds.IsValid(id))
        {
            return TypedResults.NotFound();
        }

        if (body.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var reply = await grains.GetGrain<IConversationGrain>(id).SendAsync(shopper.Id, body.Text!.Trim());
        return TypedResults.ServerSentEvents(ReplyEvents.Of(reply));
    }

    static async Task<Results<Ok<ConversationView>, NotFound>> Get(string id, Shopper shopper, IGrainFactory grains) =>
        ConversationIds.IsValid(id)
            ? TypedResults.Ok(await grains.GetGrain<IConversationGrain>(id).GetAsync(shopper.Id))
            : TypedResults.NotFound();
}
