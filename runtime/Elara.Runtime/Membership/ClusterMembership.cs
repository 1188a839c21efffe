using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Elara.Runtime.Cluster;
using Elara.Runtime.Hosting;
using Elara.Runtime.Messaging;
using Elara.Runtime.Placement;
using Elara.Runtime.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Elara.Runtime.Membership;

/// <summary>
/// A silo's membership in a cluster: it joins (joining, then active) with a version-checked write, then every heartbeat
/// interval writes its heartbeat and stats, reads the table, probes its active peers over the transport, declares dead
/// any silo whose heartbeat has not moved or that has not answered a probe for the death timeout, and deletes rows
/// dead for longer than the retention. A silo that finds itself declared dead, or cannot reach the table for the death
/// timeout, stops its host.
/// </summary>
internal sealed partial class ClusterMembership(
    IServiceProvider services,
    IOptions<ElaraClusterOptions> options,
    TimeProvider clock,
    TcpTransport transport,
    SiloMetrics metrics,
    SiloStatus status,
    ILogger<ClusterMembership> logger) : ClusterMembershipBase
{
    static readonly JsonSerializerOptions StatsJson = new(JsonSerializerDefaults.Web);
    readonly ElaraClusterOptions settings = options.Value;
    readonly ConcurrentDictionary<string, (long Heartbeat, long ObservedAt)> heartbeats = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, long> lastProbeOk = new(StringComparer.Ordinal);
    readonly CancellationTokenSource stopping = new();
    SiloAddress? local;
    MembershipEntry? own;
    Task loop = Task.CompletedTask;
    volatile bool leaving;
    volatile bool dead;

    public override SiloAddress LocalSilo => local ?? throw new InvalidOperationException("The silo has not joined its cluster yet.");

    /// <summary>Called when this silo stops itself (declared dead or cut off from the table); the host is stopped too.</summary>
    public Action<string>? OnSelfStop { get; set; }

    public bool IsDead => dead;

    public override async Task JoinAsync(CancellationToken cancellationToken)
    {
        var runtime = services.GetRequiredService<SiloRuntime>();
        MembershipTable = services.GetService<IMembershipTable>()
            ?? runtime.Store.MembershipTable?.Invoke(settings.ClusterId)
            ?? throw new InvalidOperationException("Clustering needs a membership table: use SQLite or PostgreSQL storage, or register an IMembershipTable.");

        var (siloPort, gatewayPort) = transport.Listen(settings.ListenAddress, settings.SiloPort, settings.GatewayPort);
        var host = settings.AdvertisedHost is { Length: > 0 } advertised
            ? advertised
            : settings.ListenAddress is "0.0.0.0" or "*" or "" ? Dns.GetHostName() : settings.ListenAddress;
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        local = new SiloAddress(host, siloPort, now);
        status.SiloName = settings.SiloName is { Length: > 0 } name ? name : $"silo-{siloPort}";
        own = new MembershipEntry(local.ToString(), status.SiloName, host, siloPort, gatewayPort, now, SiloStatuses.Joining, now, now, null);

        ViewChanged += runtime.OnViewChanged;
        ViewChanged += transport.OnViewChanged;
        await WriteOwnAsync(SiloStatuses.Joining, cancellationToken).ConfigureAwait(false);
        await WriteOwnAsync(SiloStatuses.Active, cancellationToken).ConfigureAwait(false);
        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        LogJoined(status.SiloName, local.ToString(), View.Version, View.ActiveSilos.Count);
        loop = Task.Run(() => LoopAsync(stopping.Token), CancellationToken.None);
    }

    public override async Task ShutDownAsync(CancellationToken cancellationToken)
    {
        if (own is null || dead)
        {
            return;
        }

        leaving = true;
        try
        {
            await WriteOwnAsync(SiloStatuses.ShuttingDown, cancellationToken).ConfigureAwait(false);
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogTableFailed(exception);
        }
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

        if (own is not null && !dead)
        {
            dead = true;
            try
            {
                await WriteOwnAsync(SiloStatuses.Dead, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                LogTableFailed(exception);
            }
        }

        await transport.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A partition from the table, for tests: no more heartbeats or view updates, but calls are still served.</summary>
    internal Task FreezeAsync() => stopping.CancelAsync();

    /// <summary>A crash, for tests: the loop stops, listeners and connections close, nothing more is written.</summary>
    internal async Task CrashAsync()
    {
        dead = true;
        await stopping.CancelAsync().ConfigureAwait(false);
        await transport.DisposeAsync().ConfigureAwait(false);
    }

    protected override bool Include(MembershipEntry entry) => !(leaving && entry.SiloKey == own?.SiloKey);

    async Task WriteOwnAsync(string newStatus, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var data = await MembershipTable!.ReadAsync(cancellationToken).ConfigureAwait(false);
            var row = data.Entries.FirstOrDefault(e => e.SiloKey == own!.SiloKey) ?? own!;
            if (row.Status == SiloStatuses.Dead && newStatus != SiloStatuses.Dead)
            {
                throw new InvalidOperationException($"Silo {row.SiloKey} was declared dead and cannot become {newStatus}.");
            }

            var next = row with { Status = newStatus, HeartbeatAt = clock.GetUtcNow().ToUnixTimeMilliseconds() };
            if (await MembershipTable.TryWriteAsync(next, data.Version, cancellationToken).ConfigureAwait(false))
            {
                own = next;
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 50)), CancellationToken.None).ConfigureAwait(false);
        }
    }

    async Task LoopAsync(CancellationToken cancellationToken)
    {
        var lastHeartbeat = clock.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.HeartbeatInterval, clock, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
                if (!await MembershipTable!.HeartbeatAsync(own!.SiloKey, now, Stats(), cancellationToken).ConfigureAwait(false))
                {
                    SelfStop("it was declared dead by the cluster");
                    return;
                }

                lastHeartbeat = clock.GetTimestamp();
                var data = await MembershipTable.ReadAsync(cancellationToken).ConfigureAwait(false);
                Apply(data);
                await DetectFailuresAsync(data, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogTableFailed(exception);
                if (clock.GetElapsedTime(lastHeartbeat) > settings.DeathTimeout)
                {
                    SelfStop($"it could not reach the membership table for {settings.DeathTimeout}");
                    return;
                }
            }
        }
    }

    async Task DetectFailuresAsync(MembershipTableData data, CancellationToken cancellationToken)
    {
        var now = clock.GetTimestamp();
        var others = data.Entries.Where(e => e.SiloKey != own!.SiloKey && e.Status != SiloStatuses.Dead).ToArray();
        await Task.WhenAll(others.Where(e => e.Status == SiloStatuses.Active).Select(async e =>
        {
            if (await transport.ProbeAsync(e.Address, settings.ProbeTimeout).ConfigureAwait(false))
            {
                lastProbeOk[e.SiloKey] = clock.GetTimestamp();
            }
        })).ConfigureAwait(false);

        var suspects = new List<MembershipEntry>();
        foreach (var entry in others)
        {
            var seen = heartbeats.AddOrUpdate(entry.SiloKey, _ => (entry.HeartbeatAt, now), (_, old) => old.Heartbeat == entry.HeartbeatAt ? old : (entry.HeartbeatAt, now));
            var probed = lastProbeOk.GetOrAdd(entry.SiloKey, now);
            var silentFor = TimeSpan.FromTicks((long)((now - seen.ObservedAt) * (double)TimeSpan.TicksPerSecond / clock.TimestampFrequency));
            var unreachableFor = TimeSpan.FromTicks((long)((now - probed) * (double)TimeSpan.TicksPerSecond / clock.TimestampFrequency));
            if (silentFor > settings.DeathTimeout || (entry.Status == SiloStatuses.Active && unreachableFor > settings.DeathTimeout))
            {
                suspects.Add(entry);
            }
        }

        var version = data.Version;
        foreach (var suspect in suspects)
        {
            if (!await MembershipTable!.TryWriteAsync(suspect with { Status = SiloStatuses.Dead }, version, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            version++;
            LogDeclaredDead(suspect.Name, suspect.SiloKey);
        }

        var retention = clock.GetUtcNow().ToUnixTimeMilliseconds() - (long)settings.DeadRowRetention.TotalMilliseconds;
        var expired = data.Entries.Where(e => e.Status == SiloStatuses.Dead && e.HeartbeatAt < retention).Select(e => e.SiloKey).ToArray();
        if (expired.Length > 0 && suspects.Count == 0 && await MembershipTable!.TryDeleteAsync(expired, version, cancellationToken).ConfigureAwait(false))
        {
            version++;
            foreach (var key in expired)
            {
                heartbeats.TryRemove(key, out _);
                lastProbeOk.TryRemove(key, out _);
            }
        }

        if (version != data.Version)
        {
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    string Stats() => JsonSerializer.Serialize(
        new SiloStats(
            metrics.ActivationsByType(),
            metrics.MessagesPerSecond(),
            (services.GetService<Streams.IStreamProvider>() as Streams.LocalStreamProvider)?.ExplicitNamespaces(),
            SiloGc.Now()),
        StatsJson);

    void SelfStop(string reason)
    {
        dead = true;
        LogSelfStop(reason);
        Apply(new MembershipTableData(long.MaxValue, []));
        OnSelfStop?.Invoke(reason);
        services.GetService<IHostApplicationLifetime>()?.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Name} ({Silo}) joined: membership version {Version}, {Active} active silos")]
    partial void LogJoined(string name, string silo, long version, int active);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Declared silo {Name} ({Silo}) dead")]
    partial void LogDeclaredDead(string name, string silo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Membership table access failed")]
    partial void LogTableFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "This silo stops: {Reason}")]
    partial void LogSelfStop(string reason);
}

/// <summary>What a silo publishes with each heartbeat for ops.</summary>
internal sealed record SiloStats(IReadOnlyDictionary<string, int> Activations, double MessagesPerSecond, IReadOnlyList<string>? StreamNamespaces = null, SiloGc? Gc = null);
