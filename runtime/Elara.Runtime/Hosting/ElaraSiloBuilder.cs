using System.Reflection;
using Elara.Runtime.Reminders;
using Elara.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>State and reminders in memory; pass shared instances to let several silos (or restarts) see the same store.</summary>
    public ElaraSiloBuilder UseMemoryStorage(MemoryGrainStorage? grainStorage = null, MemoryReminderTable? reminders = null)
    {
        var store = new SiloStore(grainStorage ?? new MemoryGrainStorage(), reminders ?? new MemoryReminderTable());
        return UseStore(new StoreOpener("memory", (_, _) => Task.FromResult<(SiloStore, IAsyncDisposable?)>((store, null))));
    }

    /// <summary>State and reminders in a SQLite file (the embedded default); the schema is migrated at start-up.</summary>
    public ElaraSiloBuilder UseSqliteStorage(string path) =>
        UseStore(new StoreOpener($"sqlite {path}", async (services, cancellationToken) =>
        {
            var store = await SqliteStore.OpenAsync(path, cancellationToken, services.GetRequiredService<TimeProvider>()).ConfigureAwait(false);
            return (new SiloStore(store.GrainStorage, store.Reminders), store);
        }));

    /// <summary>State and reminders in PostgreSQL; the schema is migrated at start-up.</summary>
    public ElaraSiloBuilder UsePostgreSqlStorage(string connectionString) =>
        UseStore(new StoreOpener("postgresql", async (services, cancellationToken) =>
        {
            var store = await PostgreSqlStore.OpenAsync(connectionString, cancellationToken, services.GetRequiredService<TimeProvider>()).ConfigureAwait(false);
            return (new SiloStore(store.GrainStorage, store.Reminders), store);
        }));

    ElaraSiloBuilder UseStore(StoreOpener opener)
    {
        Services.AddSingleton(opener);
        return this;
    }
}
