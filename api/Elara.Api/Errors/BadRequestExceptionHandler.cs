using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Elara.Api.Errors;

/// <summary>
/// Answers requests the framework could not bind (malformed or mistyped JSON, a missing body, a wrong Content-Type, an
/// unparsable query value) with their 4xx status. The framework's own messages name .NET types and hint at server
/// code, so the client gets a plain description instead.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = ReasonPhrases.GetReasonPhrase(badRequest.StatusCode),
                Detail = Describe(badRequest),
            },
        });
    }

    static string Describe(BadHttpRequestException badRequest) => badRequest switch
    {
        { StatusCode: StatusCodes.Status415UnsupportedMediaType } => "Send the body as JSON (Content-Type: application/json).",
        { InnerException: JsonException { Path: { } path } } => $"The body is not valid JSON for this request (at {path}).",
        { InnerException: JsonException } => "The body is not valid JSON for this request.",
        _ => "A required value is missing or malformed.",
    };
}
