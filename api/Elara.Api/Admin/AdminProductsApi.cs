using Elara.Api.Catalog;
using Elara.Api.Identity;
using Elara.Grains.Products;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Admin;

public static class AdminProductsApi
{
    public static IEndpointRouteBuilder MapAdminProductsApi(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/api/admin/products").WithTags("Admin").RequireAuthorization(Policies.Admin);
        products.MapPost("/", Create);
        products.MapPatch($"/{{productId:{ProductIdRouteConstraint.Name}}}", Change);
        return app;
    }

    static async Task<Results<Created<ProductView>, ValidationProblem, ProblemHttpResult>> Create(NewProduct body, IGrainFactory grains)
    {
        if (ProductValidation.Validate(body) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var product = grains.GetGrain<IProductGrain>(body.Id);
        if (await product.GetAsync() is not null)
        {
            return TypedResults.Problem(
                title: "Conflict", detail: $"A product with the id '{body.Id}' exists; change it with PATCH.", statusCode: StatusCodes.Status409Conflict);
        }

        var created = await product.UpsertAsync(body with { Description = body.Description ?? "" });
        return TypedResults.Created($"/api/products/{created.Id}", created);
    }

    static async Task<Results<Ok<ProductView>, ValidationProblem>> Change(string productId, ProductChange body, IGrainFactory grains) =>
        ProductValidation.Validate(body) is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await grains.GetGrain<IProductGrain>(productId).UpdateAsync(body));
}
