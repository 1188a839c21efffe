using Elara.Api.Catalog;
using Elara.Api.Identity;
using Elara.Grains.Products;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Reviews;

/// <summary>Product reviews: anyone reads them; a signed-in shopper writes one per product (a second one replaces it).</summary>
public static class ReviewsApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup($"/api/products/{{productId:{ProductIdRouteConstraint.Name}}}/reviews").WithTags("Reviews");
        reviews.MapGet("/", Get);
        reviews.MapPost("/", Write).RequireAuthorization(Policies.SignedIn);
        return app;
    }

    static async Task<Results<Ok<ReviewsPage>, ValidationProblem, ProblemHttpResult>> Get(string productId, int? limit, IGrainFactory grains)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"The limit must be 1 to {MaxLimit}."] });
        }

        var product = grains.GetGrain<IProductGrain>(productId);
        if (await product.GetAsync() is null)
        {
            return TypedResults.Problem(title: "Not found", detail: $"No product has the id '{productId}'.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(ReviewsPage.From(productId, await product.GetReviewsAsync(limit ?? DefaultLimit)));
    }

    static async Task<Results<Ok<ReviewsPage>, ValidationProblem>> Write(
        string productId, NewReview body, Shopper shopper, IGrainFactory grains, TimeProvider clock)
    {
        if (body.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var author = (await grains.GetGrain<IUserGrain>(shopper.Id).GetProfileAsync())?.DisplayName ?? "A shopper";
        var review = new ProductReview(shopper.Id, author, body.Rating!.Value, body.Text!, clock.GetUtcNow());
        var reviews = await grains.GetGrain<IProductGrain>(productId).ReviewAsync(review);
        return TypedResults.Ok(ReviewsPage.From(productId, new ProductReviews(reviews.Count, reviews.Average, [.. reviews.Latest.Take(DefaultLimit)])));
    }
}
