using Microsoft.AspNetCore.Mvc;

namespace Elara.Api.Errors;

/// <summary>Writes a ProblemDetails answer from middleware, where no endpoint result is at hand.</summary>
public static class Problems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string? detail = null)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
