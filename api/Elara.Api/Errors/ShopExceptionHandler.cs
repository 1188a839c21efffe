using Elara.Grains.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Elara.Api.Errors;

/// <summary>Turns a grain's refusal into the matching status; the message was written for shoppers, so it is shown.</summary>
internal sealed class ShopExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not ShopException refusal)
        {
            return false;
        }

        var (status, title) = refusal.Error switch
        {
            ShopError.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            ShopError.Invalid => (StatusCodes.Status422UnprocessableEntity, "Request not acceptable"),
            ShopError.Conflict => (StatusCodes.Status409Conflict, "Conflict"),
            ShopError.OutOfStock => (StatusCodes.Status409Conflict, "Out of stock"),
            ShopError.Unauthorized => (StatusCodes.Status401Unauthorized, "Unauthorized"),
            _ => (StatusCodes.Status400BadRequest, "Request refused"),
        };
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = refusal.Message },
        });
    }
}
