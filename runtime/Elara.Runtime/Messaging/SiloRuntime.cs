using System.Text.Json;
using Elara.Runtime.Cluster;
using Elara.Runtime.Hosting;
using Elara.Runtime.Membership;
using Elara.Runtime.Placement;
using Elara.Runtime.Reminders;
using Elara.Runtime.Storage;
using Elara.Runtime.Timers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Elara.Runtime.Messaging;

/// <summary>
/// The inside of one silo: it routes every call to its grain's activation (activating on first call), collects idle
/// activations and deactivates everything on shutdown. Storage is opened by the host before the first call.
/// </summary>
internal sealed partial class SiloRuntime(
    IServiceProvider services,
    IOptions<ElaraRuntimeOptions> options,
    TimeProvider clock,
    IClusterMembership membership,
    IPlacementDirector placement,
    IMessageTransport transport,
    SiloMetrics metrics,
    IOptions<ElaraClusterOptions> clusterOptions,
    ILogger<SiloRuntime> logger)
{
    readonly ElaraRuntimeOptions settings = options.Value;
    readonly int maxForwardHops = clusterOptions.Value.MaxForwardHops;
    readonly bool isClient = membership.IsClient;
    int nextGateway;
    ITimer? collector;
    SiloStore? store;
    volatile bool stopping;

    public IServiceProvider Services { get; } = services;

    public ElaraRuntimeOptions Options => settings;

    public TimeProvider Clock { get; } = clock;

    public JsonSerializerOptions Json => settings.Json;

    public ActivationDirectory Directory { get; } = new();

    public GrainClassRegistry Classes { get; } = new(options.Value.GrainAssemblies);

    public IGrainStorage Storage => store?.GrainStorage ?? throw new InvalidOperationException("The silo has not started: its storage is not open yet.");

    public IEventLogStorage EventLogs => store?.EventLogs ?? throw new InvalidOperationException("The silo has not started: its storage is not open yet.");

    public SiloStore Store => store ?? throw new InvalidOperationException("The silo has not started: its storage is not open yet.");

    public long ViewVersion => membership.View.Version;

    public SiloMetrics Metrics => metrics;

    public IReminderTable ReminderTable => store?.Reminders ?? throw new InvalidOperationException("The silo has not started: its storage is not open yet.");

    public void Start(SiloStore openedStore)
    {
        store = openedStore;
        stopping = false;
        metrics.Runtime = this;
        collector = DetachedTimer.Create(Clock, static state => ((SiloRuntime)state!).CollectIdle(), this);
        collector.Change(settings.CollectionQuantum, settings.CollectionQuantum);
    }

    /// <summary>Deactivates every activation (writing changed state) and waits for them, within the deactivation timeout.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        stopping = true;
        collector?.Dispose();
        var deactivations = Directory.All.Where(a => !a.Class.IsObserver).Select(a => a.Deactivate(DeactivationReason.ShuttingDown)).ToArray();
        LogStopping(Directory.Count);
        try
        {
            await Task.WhenAll(deactivations).WaitAsync(settings.DeactivationTimeout, Clock, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            // A turn that never ends must not keep the process alive; its activation's state is not written.
            LogStopTimedOut(deactivations.Count(d => !d.IsCompleted));
        }
    }

    /// <summary>Sends one call to its grain; the returned task has the grain method's own result type.</summary>
    public Task Invoke(GrainId target, GrainClass grainClass, GrainMethod method, object?[] arguments)
    {
        var chain = RuntimeContext.Chain;
        try
        {
            while (true)
            {
                if (RemoteHome(target, grainClass) is { } home)
                {
                    // The transport fails the call at its response deadline (no timer per remote call).
                    var remote = method.Result.CreateMessage(target, method, arguments, chain);
                    transport.Send(home, remote);
                    return remote.Completion;
                }

                metrics.RecordMessage();
                var activation = GetOrActivate(target, grainClass);
                if (activation.TryInvoke(method, arguments, chain) is { } result)
                {
                    return method.Result.WithTimeout(result, settings.ResponseTimeout, Clock, target, method);
                }
            }
        }
        catch (Exception exception)
        {
            return method.Result.FromException(exception);
        }
    }

    /// <summary>Delivers a call whose activation went away before running it to the grain's current activation.</summary>
    public void Resend(CallMessage message) => Route(message);

    /// <summary>Sends a call to its grain's home as of the current view: here (queued), or over the transport.</summary>
    public void Route(CallMessage message)
    {
        try
        {
            var grainClass = Classes.ForId(message.Target);
            if (RemoteHome(message.Target, grainClass) is { } home)
            {
                if (message.Hops > maxForwardHops + 2)
                {
                    throw new Transport.SiloUnavailableException($"{message.Method.Name} on {message.Target} was re-routed too often; the cluster's views disagree.");
                }

                transport.Send(home, message);
                return;
            }

            while (!GetOrActivate(message.Target, grainClass).Enqueue(message))
            {
            }
        }
        catch (Exception exception)
        {
            message.Fail(exception);
        }
    }

    /// <summary>
    /// A call that arrived from another silo or a client. It runs here if this silo is the grain's home as of its view;
    /// otherwise it is forwarded to the home (a bounded number of hops) or bounced back with this silo's view version.
    /// </summary>
    public Task Receive(GrainId target, GrainMethod method, object?[] arguments, int hops)
    {
        metrics.RecordMessage();
        var grainClass = Classes.ForId(target);
        if (RemoteHome(target, grainClass) is { } home)
        {
            if (hops >= maxForwardHops)
            {
                throw new Transport.ViewBounceException(membership.View.Version);
            }

            var forwarded = method.Result.CreateMessage(target, method, arguments, null);
            forwarded.Hops = hops + 1;
            transport.Send(home, forwarded);
            return forwarded.Completion;
        }

        while (true)
        {
            var activation = GetOrActivate(target, grainClass);
            if (activation.TryInvoke(method, arguments, null) is { } result)
            {
                return method.Result.WithTimeout(result, settings.ResponseTimeout, Clock, target, method);
            }
        }
    }

    /// <summary>True when calls to the grain run on this silo as of the current view.</summary>
    public bool IsHomeHere(GrainId id)
    {
        try
        {
            return RemoteHome(id, Classes.ForId(id)) is null;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>The view changed: activations whose home moved elsewhere write their state and deactivate.</summary>
    public void OnViewChanged(MembershipView view)
    {
        if (isClient || view.ActiveSilos.Count == 0)
        {
            return;
        }

        var moved = 0;
        foreach (var activation in Directory.All)
        {
            if (activation.Class.IsObserver || activation.Class.IsStatelessWorker)
            {
                continue;
            }

            if (placement.PlaceGrain(activation.Id, view) != membership.LocalSilo)
            {
                moved++;
                _ = activation.Deactivate(DeactivationReason.PlacementChanged);
            }
        }

        LogViewChanged(view.Version, view.ActiveSilos.Count, moved);
        if (Services.GetService(typeof(ReminderService)) is ReminderService reminders && store is not null)
        {
            _ = reminders.RefreshAsync(CancellationToken.None).ContinueWith(static _ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Where a call to the grain must go, or null when it runs here.</summary>
    SiloAddress? RemoteHome(GrainId target, GrainClass grainClass)
    {
        if (grainClass.IsObserver)
        {
            return null;
        }

        var view = membership.View;
        var silos = view.ActiveSilos;
        if (grainClass.IsStatelessWorker)
        {
            // Stateless workers run on the calling silo; a client has none, so it spreads them over the silos.
            return !isClient ? null
                : silos.Count > 0 ? silos[(int)((uint)Interlocked.Increment(ref nextGateway) % (uint)silos.Count)]
                : throw new Transport.SiloUnavailableException($"No active silo can take calls to {target}.");
        }

        if (silos.Count == 0)
        {
            return isClient ? throw new Transport.SiloUnavailableException($"No active silo can host grain {target}.") : null;
        }

        if (!isClient && silos.Count == 1 && ReferenceEquals(silos[0], membership.LocalSilo))
        {
            return null;
        }

        var home = placement.PlaceGrain(target, view);
        return !isClient && home == membership.LocalSilo ? null : home;
    }

    public ActivationData AddObserver(object observer)
    {
        var activation = ActivationData.ForObserver(this, new GrainId(GrainClass.ObserverTypeName, Guid.NewGuid().ToString("N")), observer);
        Directory.TryAdd(activation);
        return activation;
    }

    public void RemoveObserver(GrainId id)
    {
        if (Directory.TryGet(id, out var activation))
        {
            Directory.Remove(activation);
            activation.Close(new ObjectDisposedException($"Observer {id} was deleted."));
        }
    }

    ActivationData GetOrActivate(GrainId target, GrainClass grainClass)
    {
        if (grainClass.IsObserver)
        {
            return Directory.TryGet(target, out var observer)
                ? observer
                : throw new InvalidOperationException($"Observer {target} no longer exists: its object reference was deleted or its process stopped.");
        }

        if (stopping && !Directory.TryGet(target, out _))
        {
            throw new InvalidOperationException($"The silo is shutting down and activates no new grains ({target}).");
        }

        if (Directory.TryGet(target, out var existing))
        {
            return existing;
        }

        var activation = new ActivationData(this, target, grainClass);
        if (!Directory.TryAdd(activation))
        {
            return Directory.TryGet(target, out existing) ? existing : GetOrActivate(target, grainClass);
        }

        _ = activation.ActivateAsync(CancellationToken.None);
        return activation;
    }

    void CollectIdle()
    {
        var now = Clock.GetTimestamp();
        foreach (var activation in Directory.All)
        {
            activation.CollectIfIdle(now, settings.CollectionAge);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Activation of {GrainId} failed")]
    public partial void LogActivationFailure(GrainId grainId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deactivation of {GrainId} did not complete cleanly")]
    public partial void LogDeactivationFailure(GrainId grainId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A timer of {GrainId} failed")]
    public partial void LogTimerFailure(GrainId grainId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Membership view {Version}: {Active} active silos; {Moved} activations move elsewhere")]
    partial void LogViewChanged(long version, int active, int moved);

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo stopping: deactivating {Count} activations")]
    partial void LogStopping(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo stop timed out with {Count} activations still deactivating")]
    partial void LogStopTimedOut(int count);
}
