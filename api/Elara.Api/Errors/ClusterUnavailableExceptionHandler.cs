using Elara.Runtime;
using Elara.Runtime.Transport;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Elara.Api.Errors;

/// <summary>
/// While a silo dies or joins, a call can find its grain's home unreachable, time out, or meet a newer write of the same
/// grain from its new home. Nothing is lost and a retry a moment later lands on the new home, so the client is told
/// exactly that: 503 with Retry-After, never a 500.
/// </summary>
internal sealed partial class ClusterUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<ClusterUnavailableExceptionHandler> logger) : IExceptionHandler
{
    const int RetryAfterSeconds = 1;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (SiloUnavailableException or TimeoutException or InconsistentStateException))
        {
            return false;
        }

        LogUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path, exception.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers[HeaderNames.RetryAfter] = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service Unavailable",
                Detail = "The shop is moving data between its servers. Nothing stored was lost; try again in a moment.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503 while the cluster settles: {Reason}")]
    static partial void LogUnavailable(ILogger logger, string method, string path, string reason);
}
