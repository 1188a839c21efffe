using Elara.Grains.Catalog;
using Elara.Grains.Products;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Catalog;

public static class CatalogApi
{
    public const int DefaultPageSize = 24;
    public const int MaxPageSize = 100;
    const int MaxCategoryLength = 100;

    // Far past any real catalog, and small enough that page × pageSize cannot overflow in the grain.
    const int MaxPage = 10_000;

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Catalog");
        api.MapGet("/categories", Categories);
        api.MapGet("/products", Products);
        api.MapGet($"/products/{{productId:{ProductIdRouteConstraint.Name}}}", Product);
        return app;
    }

    static async Task<Ok<IReadOnlyList<CategoryView>>> Categories(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICatalogGrain>(CatalogKeys.Main).CategoriesAsync());

    static async Task<Results<Ok<ProductPage>, ValidationProblem>> Products(
        IGrainFactory grains, string? category, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1 or > MaxPage)
        {
            errors["page"] = [$"The page must be 1 to {MaxPage}."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"The page size must be 1 to {MaxPageSize}."];
        }

        if (category is { Length: > MaxCategoryLength } || category?.Any(char.IsControl) == true)
        {
            errors["category"] = [$"The category must have at most {MaxCategoryLength} printable characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var list = await grains.GetGrain<ICatalogGrain>(CatalogKeys.Main)
            .ListAsync(string.IsNullOrWhiteSpace(category) ? null : category, page ?? 1, pageSize ?? DefaultPageSize);
        return TypedResults.Ok(list);
    }

    static async Task<Results<Ok<ProductDetails>, ProblemHttpResult>> Product(string productId, IGrainFactory grains) =>
        await grains.GetGrain<IProductGrain>(productId).GetAsync() is { } product
            ? TypedResults.Ok(ProductDetails.From(product))
            : TypedResults.Problem(title: "Not found", detail: $"No product has the id '{productId}'.", statusCode: StatusCodes.Status404NotFound);
}
