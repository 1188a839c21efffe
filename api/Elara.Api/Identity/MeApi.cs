using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Identity;

public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", Get).WithTags("Auth").RequireAuthorization(Policies.SignedIn);
        return app;
    }

    static async Task<Results<Ok<Me>, ProblemHttpResult>> Get(Shopper shopper, IGrainFactory grains) =>
        await grains.GetGrain<IUserGrain>(shopper.Id).GetProfileAsync() is { } profile
            ? TypedResults.Ok(Me.From(profile))
            : TypedResults.Problem(title: "No profile for this account", statusCode: StatusCodes.Status404NotFound);
}
