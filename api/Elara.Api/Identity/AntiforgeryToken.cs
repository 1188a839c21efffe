namespace Elara.Api.Identity;

/// <summary>The token a browser sends back in X-XSRF-TOKEN.</summary>
public sealed record AntiforgeryToken(string Token);
