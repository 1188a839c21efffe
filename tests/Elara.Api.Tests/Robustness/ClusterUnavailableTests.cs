using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Elara.Runtime;
using Elara.Runtime.Transport;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Elara.Api.Tests.Robustness;

/// <summary>What a request meets while a silo dies (its grain's home gone, a call timing out, a newer write from the new home) answers 503, never 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class ClusterUnavailableTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    public static TheoryData<string> Failures() => new() { "silo", "timeout", "stale" };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_call_caught_in_a_failover_answers_503_with_Retry_After(string failure)
    {
        Exception exception = failure switch
        {
            "silo" => new SiloUnavailableException("The connection to silo-2 was lost."),
            "timeout" => new TimeoutException("GetProfileAsync on grain user/u-1 did not respond within 00:00:30."),
            _ => new InconsistentStateException("Cannot write state 'user' of user/u-1: expected ETag 3 but the store has 4."),
        };

        var (status, retryAfter, problem) = await HandleAsync(exception);

        status.ShouldBe(StatusCodes.Status503ServiceUnavailable);
        retryAfter.ShouldBe("1");
        problem.GetProperty("status").GetInt32().ShouldBe(503);
        problem.GetProperty("detail").GetString()!.ShouldContain("try again");
    }

    [Fact]
    public async Task A_bug_is_not_passed_off_as_a_failover()
    {
        var (status, _, _) = await HandleAsync(new InvalidOperationException("a bug"));

        status.ShouldBe(StatusCodes.Status200OK);
    }

    /// <summary>Runs the API's exception handlers in order, as the exception-handling middleware does.</summary>
    async Task<(int Status, string? RetryAfter, JsonElement Problem)> HandleAsync(Exception exception)
    {
        using var scope = api.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = "GET";
        context.Request.Path = "/api/ops/cluster";
        context.Request.Headers.Accept = "application/json";
        var body = new MemoryStream();
        context.Response.Body = body;
        foreach (var handler in scope.ServiceProvider.GetServices<IExceptionHandler>())
        {
            if (await handler.TryHandleAsync(context, exception, CancellationToken.None))
            {
                break;
            }
        }

        var problem = body.Length > 0 ? JsonDocument.Parse(body.ToArray()).RootElement.Clone() : default;
        return (context.Response.StatusCode, context.Response.Headers.RetryAfter.FirstOrDefault(), problem);
    }
}
