using Elara.Grains.Trending;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Trending;

/// <summary>Trending products over the last 5 minutes, hour or day; public like the catalog.</summary>
public static class TrendingApi
{
    public static IEndpointRouteBuilder MapTrendingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/trending", Trending).WithTags("Trending").AllowAnonymous();
        return app;
    }

    static async Task<Results<Ok<TrendingPage>, ValidationProblem>> Trending([AsParameters] TrendingRequest request, IGrainFactory grains)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var limit = request.Limit ?? TrendingRequest.DefaultLimit;
        var candidates = await grains.GetGrain<ITrendingGrain>(TrendingKeys.Main)
            .TopAsync(request.ParsedWindow, request.CategoryFilter, limit * TrendingItems.CandidateFactor);
        var items = await TrendingItems.ResolveAsync(grains, candidates, limit, inStockOnly: true);
        return TypedResults.Ok(new TrendingPage(request.ParsedWindow, request.CategoryFilter, items));
    }
}
