using Elara.Api.Errors;
using Microsoft.Extensions.FileProviders;

namespace Elara.Api.WebApp;

/// <summary>
/// Serves the built React app (web/dist) from the API's own origin: its files as they are, and index.html for any other
/// path outside the API's prefixes, so a client route such as /products/42 survives a reload.
/// </summary>
public static class WebAppHostingExtensions
{
    /// <summary>The folder holding the built app's index.html; relative to the content root.</summary>
    public const string WebRootSetting = "Elara:WebRoot";

    // Paths the app never owns: a miss there is the API's 404 (ProblemDetails), not the web app's index.html.
    static readonly string[] ServerPrefixes = ["/api", "/images", "/health", "/openapi"];

    /// <summary>The app's files; a no-op when there is no built app.</summary>
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
        return app;
    }

    /// <summary>index.html for client routes; a no-op when there is no built app.</summary>
    public static WebApplication MapWebApp(this WebApplication app)
    {
        if (FindWebRoot(app) is not { } root)
        {
            return app;
        }

        var index = Path.Combine(root, "index.html");
        app.MapFallback(async context =>
        {
            if (ServerPrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix)))
            {
                await Problems.WriteAsync(context, StatusCodes.Status404NotFound, "Not found", $"Nothing answers {context.Request.Path}.");
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.SendFileAsync(index);
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
