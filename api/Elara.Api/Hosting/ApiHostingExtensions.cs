using System.Text.Json.Serialization;
using Elara.Api.Catalog;
using Elara.Api.Errors;

namespace Elara.Api.Hosting;

public static class ApiHostingExtensions
{
    /// <summary>ProblemDetails for every error, strict JSON, the product id route constraint and the OpenAPI document.</summary>
    public static IHostApplicationBuilder AddElaraApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddExceptionHandler<ShopExceptionHandler>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<ClusterUnavailableExceptionHandler>();

        // Binding failures throw (in every environment) so BadRequestExceptionHandler answers them with ProblemDetails.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<ProductIdRouteConstraint>(ProductIdRouteConstraint.Name));
        services.AddOpenApi();
        return builder;
    }

    /// <summary>The error handling that wraps everything else, then the body cap, before anything reads a body.</summary>
    public static WebApplication UseElaraApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimit>();
        return app;
    }
}
