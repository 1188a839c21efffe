using System.Text.Json;
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
    ILogger<SiloRuntime> logger)
{
    readonly ElaraRuntimeOptions settings = options.Value;
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

    public IReminderTable ReminderTable => store?.Reminders ?? throw new InvalidOperationException("The silo has not started: its storage is not open yet.");

    public void Start(SiloStore openedStore)
    {
        store = openedStore;
        stopping = false;
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
                if (!grainClass.IsStatelessWorker && membership.View.ActiveSilos.Count > 1 &&
                    placement.PlaceGrain(target, membership.View) is var home && home != membership.LocalSilo)
                {
                    var remote = method.Result.CreateMessage(target, method, arguments, chain);
                    transport.Send(home, remote);
                    return method.Result.WithTimeout(remote.Completion, settings.ResponseTimeout, Clock, target, method);
                }

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
    public void Resend(CallMessage message)
    {
        try
        {
            while (!GetOrActivate(message.Target, Classes.ForId(message.Target)).Enqueue(message))
            {
            }
        }
        catch (Exception exception)
        {
            message.Fail(exception);
        }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo stopping: deactivating {Count} activations")]
    partial void LogStopping(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo stop timed out with {Count} activations still deactivating")]
    partial void LogStopTimedOut(int count);
}
