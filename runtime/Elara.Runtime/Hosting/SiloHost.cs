using System.Diagnostics;
using Elara.Runtime.Membership;
using Elara.Runtime.Messaging;
using Elara.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Elara.Runtime.Hosting;

/// <summary>The silo's lifecycle inside a .NET host: open the store, join, start; on stop, deactivate everything, leave.</summary>
internal sealed partial class SiloHost(
    IServiceProvider services,
    SiloRuntime runtime,
    ReminderService reminders,
    IClusterMembership membership,
    SiloStatus status,
    ILogger<SiloHost> logger) : IHostedService
{
    IAsyncDisposable? storeResource;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var opener = services.GetService<StoreOpener>()
            ?? throw new InvalidOperationException("The silo has no store: call UseMemoryStorage, UseSqliteStorage or UsePostgreSqlStorage.");
        var (store, resource) = await opener.OpenAsync(services, cancellationToken).ConfigureAwait(false);
        storeResource = resource;
        runtime.Start(store);
        await membership.JoinAsync(cancellationToken).ConfigureAwait(false);
        if (!membership.IsClient)
        {
            await reminders.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        status.Storage = opener.Description;
        status.Runtime = runtime;
        status.SetRunning(true);
        LogStarted(membership.LocalSilo.ToString(), opener.Description, runtime.Classes.Classes.Count(), started.ElapsedMilliseconds);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        status.SetRunning(false);
        await membership.ShutDownAsync(cancellationToken).ConfigureAwait(false);
        await reminders.DisposeAsync().ConfigureAwait(false);
        await runtime.StopAsync(cancellationToken).ConfigureAwait(false);
        await membership.LeaveAsync(cancellationToken).ConfigureAwait(false);
        if (storeResource is not null)
        {
            await storeResource.DisposeAsync().ConfigureAwait(false);
        }

        LogStopped();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Silo} started with {Storage} storage and {GrainClasses} grain classes in {Milliseconds} ms")]
    partial void LogStarted(string silo, string storage, int grainClasses, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo stopped")]
    partial void LogStopped();
}
