using Microsoft.Extensions.FileProviders;

namespace Elara.Api.WebApp;

/// <summary>
/// Serves the built React app (web/dist) from the API's own origin: its files as they are, and index.html for a GET
/// that no endpoint matched on a path the app owns, so a client route such as /products/42 survives a reload.
/// </summary>
public static class WebAppHostingExtensions
{
    /// <summary>The folder holding the built app's index.html; relative to the content root.</summary>
    public const string WebRootSetting = "Elara:WebRoot";

    /// <summary>
    /// Goes after routing: only a request without an endpoint reaches the app, so the API's own answers stay as they
    /// were (405 for a wrong method is an endpoint too, and a miss under /api is still a 404 ProblemDetails).
    /// A no-op when there is no built app.
    /// </summary>
    public static WebApplication UseWebApp(this WebApplication app)
    {
        if (FindWebRoot(app) is not { } root)
        {
            return app;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = CacheControlFor(context.Context.Request.Path),
        });

        var index = Path.Combine(root, "index.html");
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (context.GetEndpoint() is null
                && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && ClientRoutes.Owns(request.Path))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-cache";
                await context.Response.SendFileAsync(index);
                return;
            }

            await next(context);
        });
        return app;
    }

    // Vite puts a content hash in every file name under /assets, so those never change; anything else may.
    static string CacheControlFor(PathString path) =>
        path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache";

    static string? FindWebRoot(WebApplication app)
    {
        var configured = app.Configuration[WebRootSetting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured, app.Environment.ContentRootPath);
            return File.Exists(Path.Combine(full, "index.html")) ? full : null;
        }

        // The content root is the project folder or its build output, both inside the repository.
        for (var dir = new DirectoryInfo(app.Environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var dist = Path.Combine(dir.FullName, "web", "dist");
            if (File.Exists(Path.Combine(dir.FullName, "Elara.sln")) && File.Exists(Path.Combine(dist, "index.html")))
            {
                return dist;
            }
        }

        return null;
    }
}
