using System.Globalization;
using System.Threading.RateLimiting;
using Elara.Api.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace Elara.Api.RateLimiting;

public static class RateLimitingHostingExtensions
{
    public static IHostApplicationBuilder AddElaraRateLimits(this IHostApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection("Elara:RateLimits");
        var authPerMinute = limits.GetValue("AuthPerMinute", 20);
        var assistantPerMinute = limits.GetValue("AssistantPerMinute", 30);
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(RateLimitPolicies.Auth, context => PerClientPerMinute(context, authPerMinute));
            options.AddPolicy(RateLimitPolicies.Assistant, context => PerClientPerMinute(context, assistantPerMinute));
            options.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                rejected.HttpContext.Response.Headers.RetryAfter =
                    ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Problems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    "Try again after the time in the Retry-After header.");
            };
        });
        return builder;
    }

    static RateLimitPartition<string> PerClientPerMinute(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
