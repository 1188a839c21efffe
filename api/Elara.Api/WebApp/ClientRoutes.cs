namespace Elara.Api.WebApp;

/// <summary>The paths the web app owns: everything except the server's own prefixes and the app's built assets.</summary>
public static class ClientRoutes
{
    static readonly string[] ServerPrefixes = ["/api", "/images", "/health", "/openapi", "/assets"];

    public static bool Owns(PathString path) => !ServerPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
