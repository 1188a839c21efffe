using Elara.Runtime.Cluster;
using Elara.Runtime.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Elara.Runtime.Placement;
using Elara.Runtime.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Elara.Runtime.Membership;

/// <summary>
/// A cluster client's view: it reads the membership table every heartbeat interval (and at once when a call bounced),
/// places grains itself with the same rendezvous hash as the silos, and connects to each silo's gateway port, so a call
/// goes straight to the grain's home.
/// </summary>
internal sealed partial class ClusterClientMembership(
    IServiceProvider services,
    IOptions<ElaraClusterOptions> options,
    TimeProvider clock,
    TcpTransport transport,
    ILogger<ClusterClientMembership> logger) : ClusterMembershipBase
{
    readonly CancellationTokenSource stopping = new();
    Task loop = Task.CompletedTask;

    public override SiloAddress LocalSilo { get; } = new("client", 0, clock.GetUtcNow().ToUnixTimeMilliseconds());

    public override bool IsClient => true;

    public override async Task JoinAsync(CancellationToken cancellationToken)
    {
        MembershipTable = services.GetService<IMembershipTable>()
            ?? services.GetRequiredService<SiloRuntime>().Store.MembershipTable?.Invoke(options.Value.ClusterId)
            ?? throw new InvalidOperationException("A cluster client needs the cluster's membership table: PostgreSQL (or SQLite) storage, or a registered IMembershipTable.");
        transport.PortOf = GatewayPortOf;
        ViewChanged += transport.OnViewChanged;
        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        LogConnected(options.Value.ClusterId, View.Version, View.ActiveSilos.Count);
        loop = Task.Run(() => LoopAsync(stopping.Token), CancellationToken.None);
    }

    public override async Task LeaveAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await transport.DisposeAsync().ConfigureAwait(false);
    }

    int GatewayPortOf(SiloAddress silo) =>
        Table.Entries.FirstOrDefault(e => e.Address == silo) is { GatewayPort: > 0 } entry ? entry.GatewayPort : silo.Port;

    async Task LoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.HeartbeatInterval, clock, cancellationToken).ConfigureAwait(false);
                await RefreshAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogReadFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster client of {ClusterId}: membership version {Version}, {Active} active silos")]
    partial void LogConnected(string clusterId, long version, int active);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the membership table failed")]
    partial void LogReadFailed(Exception exception);
}
