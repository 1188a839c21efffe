namespace Elara.Api.RateLimiting;

/// <summary>Rate limit policy names, each a per-client-IP budget per minute.</summary>
public static class RateLimitPolicies
{
    /// <summary>Register, login and token: slows password guessing (Elara:RateLimits:AuthPerMinute, default 20).</summary>
    public const string Auth = "auth";

    /// <summary>The shopping assistant (Elara:RateLimits:AssistantPerMinute, default 30).</summary>
    public const string Assistant = "assistant";
}
