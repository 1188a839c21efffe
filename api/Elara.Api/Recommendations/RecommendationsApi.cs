using Elara.Api.Catalog;
using Elara.Api.Identity;
using Elara.Grains.Recommendations;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Recommendations;

/// <summary>
/// Recommendations: "for you" from the shopper's live preference vector (anonymous shoppers too), products similar to
/// and bought with a product, the shopper's own preferences, and hiding a product from their lists.
/// </summary>
public static class RecommendationsApi
{
    public const int DefaultLimit = 12;

    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/recommendations", ForYou).WithTags("Recommendations");
        app.MapPost("/api/recommendations/hidden", Hide).WithTags("Recommendations");
        app.MapGet("/api/me/preferences", Preferences).WithTags("Recommendations");
        var product = app.MapGroup($"/api/products/{{productId:{ProductIdRouteConstraint.Name}}}").WithTags("Recommendations");
        product.MapGet("/similar", Similar);
        product.MapGet("/bought-together", BoughtTogether);
        return app;
    }

    static async Task<Results<Ok<RecommendationPage>, ValidationProblem>> ForYou(
        int? limit, string? context, string? productId, Shopper shopper, IGrainFactory grains)
    {
        var errors = LimitErrors(limit);
        RecommendationContext? parsed = context switch
        {
            null or "" or "home" => RecommendationContext.Home,
            "cart" => RecommendationContext.Cart,
            "product" => RecommendationContext.Product,
            _ => null,
        };
        if (parsed is null)
        {
            errors["context"] = ["The context must be home, cart or product."];
        }
        else if (parsed == RecommendationContext.Product && !ProductIds.IsValid(productId))
        {
            errors["productId"] = ["The product context needs the productId of the product in view."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var request = new RecommendationRequest(limit ?? DefaultLimit, parsed!.Value, parsed == RecommendationContext.Product ? productId : null);
        return TypedResults.Ok(new RecommendationPage(request.Context, await grains.GetGrain<IUserGrain>(shopper.Id).RecommendAsync(request)));
    }

    static async Task<Results<Ok<SimilarProducts>, ValidationProblem>> Similar(string productId, int? limit, IGrainFactory grains) =>
        LimitErrors(limit) is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(new SimilarProducts(productId, await grains.GetGrain<IRecommendationGrain>(RecommendationKeys.Local).SimilarAsync(productId, limit ?? DefaultLimit)));

    static async Task<Results<Ok<BoughtTogetherPage>, ValidationProblem>> BoughtTogether(string productId, int? limit, IGrainFactory grains) =>
        LimitErrors(limit) is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(new BoughtTogetherPage(productId, await grains.GetGrain<IRecommendationGrain>(RecommendationKeys.Local).BoughtTogetherAsync(productId, limit ?? DefaultLimit)));

    static async Task<Ok<ShopperPreferences>> Preferences(Shopper shopper, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IUserGrain>(shopper.Id).GetPreferencesAsync());

    static async Task<Results<NoContent, ValidationProblem>> Hide(HideProduct body, Shopper shopper, IGrainFactory grains)
    {
        if (!ProductIds.IsValid(body.ProductId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["productId"] = ["A valid product id is required."] });
        }

        await grains.GetGrain<IUserGrain>(shopper.Id).HideAsync(body.ProductId!);
        return TypedResults.NoContent();
    }

    static Dictionary<string, string[]> LimitErrors(int? limit)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > RecommendationRequest.MaxLimit)
        {
            errors["limit"] = [$"The limit must be 1 to {RecommendationRequest.MaxLimit}."];
        }

        return errors;
    }
}
