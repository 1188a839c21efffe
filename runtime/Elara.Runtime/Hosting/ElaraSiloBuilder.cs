using System.Reflection;
using Elara.Runtime.Membership;
using Elara.Runtime.Reminders;
using Elara.Runtime.Storage;
using Elara.Runtime.Storage.Journal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Elara.Runtime.Cluster;
using Elara.Runtime.Messaging;
using Elara.Runtime.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Elara.Runtime.Hosting;

/// <summary>Configures a silo: which grains it hosts and where it keeps state and reminders.</summary>
public sealed class ElaraSiloBuilder(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;

    public ElaraSiloBuilder AddGrains(Assembly assembly)
    {
        Services.Configure<ElaraRuntimeOptions>(o => o.GrainAssemblies.Add(assembly));
        return this;
    }

    public ElaraSiloBuilder Configure(Action<ElaraRuntimeOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }

    /// <summary>State, event logs and reminders in memory; pass shared instances to let several silos (or restarts) see the same store.</summary>
    public ElaraSiloBuilder UseMemoryStorage(
        MemoryGrainStorage? grainStorage = null, MemoryReminderTable? reminders = null, MemoryEventLogStorage? eventLogs = null)
    {
        var store = new SiloStore(grainStorage ?? new MemoryGrainStorage(), reminders ?? new MemoryReminderTable(), eventLogs ?? new MemoryEventLogStorage());
        return UseStore(new StoreOpener("memory", (_, _) => Task.FromResult<(SiloStore, IAsyncDisposable?)>((store, null))));
    }

    /// <summary>State and reminders in a SQLite file (the embedded default); the schema is migrated at start-up.</summary>
    public ElaraSiloBuilder UseSqliteStorage(string path) =>
        UseStore(new StoreOpener($"sqlite {path}", async (services, cancellationToken) =>
        {
            var store = await SqliteStore.OpenAsync(path, cancellationToken, services.GetRequiredService<TimeProvider>()).ConfigureAwait(false);
            var (grainStorage, eventLogs, resource) = Journaled(services, store.GrainStorage, store.OpenConnectionAsync, SqlDialect.Sqlite, store);
            return (new SiloStore(grainStorage, store.Reminders, eventLogs)
            {
                MembershipTable = clusterId => new SqlMembershipTable(store.OpenConnectionAsync, SqlDialect.Sqlite, clusterId),
            }, resource);
        }));

    /// <summary>State and reminders in PostgreSQL; the schema is migrated at start-up.</summary>
    public ElaraSiloBuilder UsePostgreSqlStorage(string connectionString) =>
        UseStore(new StoreOpener("postgresql", async (services, cancellationToken) =>
        {
            var store = await PostgreSqlStore.OpenAsync(connectionString, cancellationToken, services.GetRequiredService<TimeProvider>()).ConfigureAwait(false);
            var (grainStorage, eventLogs, resource) = Journaled(services, store.GrainStorage, store.OpenConnectionAsync, SqlDialect.PostgreSql, store);
            return (new SiloStore(grainStorage, store.Reminders, eventLogs)
            {
                MembershipTable = clusterId => new SqlMembershipTable(store.OpenConnectionAsync, SqlDialect.PostgreSql, clusterId),
            }, resource);
        }));

    /// <summary>
    /// Makes this silo a member of a cluster: membership in the store's table (or a registered
    /// <see cref="IMembershipTable"/>), the TCP transport, and the cluster-wide ops overview.
    /// </summary>
    public ElaraSiloBuilder UseCluster(Action<ElaraClusterOptions>? configure = null)
    {
        if (configure is not null)
        {
            Services.Configure(configure);
        }

        Services.RemoveAll<IClusterMembership>();
        Services.RemoveAll<IMessageTransport>();
        Services.RemoveAll<IClusterOverview>();
        Services.AddSingleton<TcpTransport>();
        Services.AddSingleton<IMessageTransport>(sp => sp.GetRequiredService<TcpTransport>());
        Services.AddSingleton<ClusterMembership>();
        Services.AddSingleton<IClusterMembership>(sp => sp.GetRequiredService<ClusterMembership>());
        Services.AddSingleton<IClusterOverview, ClusterOverview>();
        return this;
    }

    /// <summary>
    /// Makes this host a pure cluster client: it hosts no grains, reads the membership table of its store (or a
    /// registered <see cref="IMembershipTable"/>) and sends every call straight to the grain's home silo.
    /// </summary>
    public ElaraSiloBuilder AsClusterClient(Action<ElaraClusterOptions>? configure = null)
    {
        UseCluster(configure);
        Services.RemoveAll<ClusterMembership>();
        Services.RemoveAll<IClusterMembership>();
        Services.AddSingleton<ClusterClientMembership>();
        Services.AddSingleton<IClusterMembership>(sp => sp.GetRequiredService<ClusterClientMembership>());
        return this;
    }

    /// <summary>Uses this membership table (e.g. one <see cref="MemoryMembershipTable"/> shared by silos in one process).</summary>
    public ElaraSiloBuilder UseMembershipTable(IMembershipTable table)
    {
        Services.RemoveAll<IMembershipTable>();
        Services.AddSingleton(table);
        return this;
    }

    /// <summary>
    /// The SQL store's event logs (always group-committed) and its grain state, through the write journal when
    /// <see cref="ElaraRuntimeOptions.GroupCommit"/> is on. Disposing the resource drains the writers, then closes the store.
    /// </summary>
    static (IGrainStorage Storage, IEventLogStorage EventLogs, IAsyncDisposable Resource) Journaled(
        IServiceProvider services,
        IGrainStorage plain,
        Func<CancellationToken, ValueTask<System.Data.Common.DbConnection>> open,
        SqlDialect dialect,
        IAsyncDisposable store)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var loggers = services.GetService<ILoggerFactory>();
        var eventLogs = new SqlEventLogStorage(open, dialect, clock, loggers?.CreateLogger<SqlEventLogStorage>());
        if (!services.GetRequiredService<IOptions<ElaraRuntimeOptions>>().Value.GroupCommit)
        {
            return (plain, eventLogs, new InOrder([eventLogs, store]));
        }

        var journal = new JournaledGrainStorage(open, dialect, clock, loggers?.CreateLogger<JournaledGrainStorage>());
        return (journal, eventLogs, new InOrder([eventLogs, journal, store]));
    }

    sealed class InOrder(IReadOnlyList<IAsyncDisposable> resources) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var resource in resources)
            {
                await resource.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    ElaraSiloBuilder UseStore(StoreOpener opener)
    {
        Services.AddSingleton(opener);
        return this;
    }
}
