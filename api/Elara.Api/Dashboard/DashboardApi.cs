using Elara.Api.Identity;
using Elara.Api.Trending;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Dashboard;

/// <summary>Marketing's live dashboard: a snapshot for a window, and the same as Server-Sent Events whenever it changes.</summary>
public static class DashboardApi
{
    public const string EventName = "dashboard";

    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var dashboard = app.MapGroup("/api/dashboard").WithTags("Dashboard").RequireAuthorization(Policies.Marketing);
        dashboard.MapGet("/", Snapshot);
        dashboard.MapGet("/stream", Stream);
        return app;
    }

    static async Task<Results<Ok<DashboardSnapshot>, ValidationProblem>> Snapshot(string? window, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        TrendingRequest.ValidateWindow(window, errors);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await DashboardSnapshot.LoadAsync(grains, TrendingRequest.ParseWindow(window)));
    }

    static Results<ServerSentEventsResult<DashboardSnapshot>, ValidationProblem> Stream(
        string? window, IGrainFactory grains, TimeProvider clock, IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        TrendingRequest.ValidateWindow(window, errors);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.ServerSentEvents(
                DashboardFeed.WatchAsync(grains, TrendingRequest.ParseWindow(window), clock, lifetime.ApplicationStopping, cancellationToken),
                EventName);
    }
}
