using System.Runtime.CompilerServices;
using Elara.Api.Identity;
using Elara.Runtime.Cluster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Ops;

/// <summary>
/// The cluster for ops: GET /api/ops/cluster answers the membership version and every silo (id, address, status,
/// activations by grain type, messages per second); GET /api/ops/cluster/stream sends the same JSON as Server-Sent
/// Events named "cluster", once a second, for as long as the client listens.
/// </summary>
public static class OpsApi
{
    static readonly TimeSpan StreamInterval = TimeSpan.FromSeconds(1);

    public static IEndpointRouteBuilder MapOpsApi(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/api/ops").WithTags("Ops").RequireAuthorization(Policies.Ops);
        ops.MapGet("/cluster", GetCluster);
        ops.MapGet("/cluster/stream", StreamCluster);
        return app;
    }

    static async Task<Ok<ClusterSnapshot>> GetCluster(IClusterOverview overview, CancellationToken cancellationToken) =>
        TypedResults.Ok(await overview.GetSnapshotAsync(cancellationToken));

    static ServerSentEventsResult<ClusterSnapshot> StreamCluster(IClusterOverview overview, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.ServerSentEvents(Snapshots(overview, clock, cancellationToken), eventType: "cluster");

    static async IAsyncEnumerable<ClusterSnapshot> Snapshots(
        IClusterOverview overview, TimeProvider clock, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(StreamInterval, clock);
        while (!cancellationToken.IsCancellationRequested)
        {
            yield return await overview.GetSnapshotAsync(cancellationToken);
            try
            {
                if (!await timer.WaitForNextTickAsync(cancellationToken))
                {
                    yield break;
                }
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }
}
