using System.Reflection;
using System.Runtime.CompilerServices;
using Elara.Runtime.Cluster;
using Elara.Runtime.Hosting;
using Elara.Runtime.Membership;
using Elara.Runtime.Messaging;
using Elara.Runtime.Testing.Silos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Elara.Runtime.Testing.Cluster;

/// <summary>How a <see cref="TestCluster"/> is set up.</summary>
public sealed class TestClusterOptions
{
    /// <summary>The store every silo shares (memory by default).</summary>
    public TestStorage Storage { get; set; } = TestStorage.Memory();

    /// <summary>The membership table every silo and the client share (in memory by default).</summary>
    public IMembershipTable MembershipTable { get; set; } = new MemoryMembershipTable();

    public List<Assembly> GrainAssemblies { get; } = [];

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Long enough that a silo starved of CPU on a busy test machine is not declared dead by mistake.</summary>
    public TimeSpan DeathTimeout { get; set; } = TimeSpan.FromSeconds(3);

    public Action<ElaraRuntimeOptions>? Runtime { get; set; }

    public Action<ElaraClusterOptions>? Cluster { get; set; }

    public Action<IServiceCollection>? Services { get; set; }
}

/// <summary>
/// Several real silos in the test's process, talking over the real TCP transport on loopback, plus a cluster client
/// (the role of Orleans' TestCluster): add silos, stop them gracefully, kill them (no goodbye, no state written).
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    readonly TestClusterOptions options;
    readonly List<TestClusterSilo> silos = [];
    readonly string clusterId = "test-" + Guid.NewGuid().ToString("N")[..8];
    int nextSilo;
    IHost? client;

    TestCluster(TestClusterOptions options) => this.options = options;

    public IReadOnlyList<TestClusterSilo> Silos => silos.Where(s => s.IsRunning).ToArray();

    /// <summary>The cluster client's grain factory: calls go straight to each grain's home silo.</summary>
    public IGrainFactory Client => (client ?? throw new InvalidOperationException("The cluster is stopped.")).Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider ClientServices => client!.Services;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task<TestCluster> StartAsync(int silos = 3, Action<TestClusterOptions>? configure = null)
    {
        var options = new TestClusterOptions();
        configure?.Invoke(options);
        if (options.GrainAssemblies.Count == 0)
        {
            options.GrainAssemblies.Add(Assembly.GetCallingAssembly());
        }

        var cluster = new TestCluster(options);
        try
        {
            for (var i = 0; i < silos; i++)
            {
                await cluster.AddSiloAsync().ConfigureAwait(false);
            }

            cluster.client = await cluster.StartHostAsync(null).ConfigureAwait(false);
            await cluster.WaitForViewAsync(silos).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Starts one more silo and waits until every member and the client see it active.</summary>
    public async Task<TestClusterSilo> AddSiloAsync()
    {
        var name = $"silo-{++nextSilo}";
        var host = await StartHostAsync(name).ConfigureAwait(false);
        var silo = new TestClusterSilo(name, host);
        silos.Add(silo);
        if (client is not null)
        {
            await WaitForViewAsync(Silos.Count).ConfigureAwait(false);
        }

        return silo;
    }

    /// <summary>Waits until every running silo and the client have the same view with <paramref name="active"/> silos.</summary>
    public async Task WaitForViewAsync(int active, TimeSpan? within = null)
    {
        await Eventually.HoldsAsync(() =>
        {
            var views = Silos.Select(s => s.Membership.View).Append(ClientMembership.View).ToArray();
            return views.All(v => v.ActiveSilos.Count == active && v.Version == views[0].Version);
        }, $"every member sees {active} active silos", within ?? TimeSpan.FromSeconds(20)).ConfigureAwait(false);
    }

    IClusterMembership ClientMembership => client!.Services.GetRequiredService<IClusterMembership>();

    async Task<IHost> StartHostAsync(string? siloName)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        var silo = builder.Services.AddElaraSilo(runtime =>
        {
            runtime.GrainAssemblies.AddRange(options.GrainAssemblies);
            options.Runtime?.Invoke(runtime);
        });
        options.Storage.Apply(silo);
        void Configure(ElaraClusterOptions cluster)
        {
            cluster.ClusterId = clusterId;
            cluster.SiloName = siloName;
            cluster.ListenAddress = "127.0.0.1";
            cluster.SiloPort = 0;
            cluster.HeartbeatInterval = options.HeartbeatInterval;
            cluster.DeathTimeout = options.DeathTimeout;
            cluster.ProbeTimeout = TimeSpan.FromSeconds(1);
            options.Cluster?.Invoke(cluster);
        }

        if (siloName is null)
        {
            silo.AsClusterClient(Configure);
        }
        else
        {
            silo.UseCluster(Configure);
        }

        silo.UseMembershipTable(options.MembershipTable);
        options.Services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in silos)
        {
            await silo.DisposeAsync().ConfigureAwait(false);
        }

        if (client is not null)
        {
            await client.StopAsync().ConfigureAwait(false);
            client.Dispose();
            client = null;
        }
    }
}

/// <summary>One silo of a <see cref="TestCluster"/>.</summary>
public sealed class TestClusterSilo : IAsyncDisposable
{
    IHost? host;

    internal TestClusterSilo(string name, IHost host)
    {
        Name = name;
        this.host = host;
    }

    public string Name { get; }

    public bool IsRunning => host is not null && !((ClusterMembership)Membership).IsDead;

    public IServiceProvider Services => host?.Services ?? throw new InvalidOperationException($"Silo {Name} is stopped.");

    /// <summary>This silo's grain factory (calls made "from inside" this silo).</summary>
    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public IClusterMembership Membership => Services.GetRequiredService<IClusterMembership>();

    public string Address => Membership.LocalSilo.ToString();

    public int ActivationCount => Runtime.Directory.All.Count(a => !a.Class.IsObserver);

    internal SiloRuntime Runtime => Services.GetRequiredService<SiloRuntime>();

    /// <summary>True when this silo holds a live activation of the grain.</summary>
    public bool HasActivation(GrainId id) => Runtime.Directory.TryGet(id, out _);

    /// <summary>Stops the silo gracefully: it announces that it leaves, writes its grains' state, and leaves.</summary>
    public async Task StopAsync()
    {
        if (host is null)
        {
            return;
        }

        await host.StopAsync().ConfigureAwait(false);
        host.Dispose();
        host = null;
    }

    /// <summary>
    /// Kills the silo as a crash would: its heartbeats, listeners and connections stop at once and nothing more is
    /// written; its activations are abandoned.
    /// </summary>
    public async Task KillAsync()
    {
        if (host is null)
        {
            return;
        }

        var membership = (ClusterMembership)Membership;
        await membership.CrashAsync().ConfigureAwait(false);
        var services = host.Services;
        host = null;
        await ((IAsyncDisposable)services).DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Cuts the silo off from the membership table (as a network partition would): it stops heartbeating and keeps its
    /// stale view and activations, while the others declare it dead.
    /// </summary>
    public Task PartitionAsync() => ((ClusterMembership)Membership).FreezeAsync();

    /// <summary>The home of a grain as this silo's current view says.</summary>
    public string HomeOf(GrainId id) => new Placement.RendezvousPlacement().PlaceGrain(id, Membership.View).ToString();

    public ValueTask DisposeAsync() => new(StopAsync());
}
