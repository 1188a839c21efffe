using Elara.Runtime.Messaging;
using Elara.Runtime.Reminders;
using Elara.Runtime.Streams;
using Elara.Runtime.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace Elara.Runtime;

/// <summary>
/// The base of every grain class. The runtime constructs grains (never <c>new</c> them), reads their persistent state,
/// then calls <see cref="OnActivateAsync"/>; every method call after that is one turn.
/// </summary>
public abstract class Grain
{
    readonly ActivationData activation;

    protected Grain()
    {
        activation = ActivationData.Constructing
            ?? throw new InvalidOperationException($"{GetType().Name} is a grain: the runtime creates it on first call. Get a reference with IGrainFactory.GetGrain.");
    }

    public GrainId GrainId => activation.Id;

    protected IGrainFactory GrainFactory => activation.Runtime.Services.GetRequiredService<IGrainFactory>();

    protected IServiceProvider ServiceProvider => activation.Runtime.Services;

    public string GetPrimaryKeyString() => activation.Id.Key;

    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation when the current turn ends; changed state is written as at any deactivation.</summary>
    protected void DeactivateOnIdle() => _ = activation.Deactivate(DeactivationReason.Requested);

    /// <summary>A timer whose callback runs as a turn of this grain, first after <paramref name="dueTime"/>, then every <paramref name="period"/>.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        activation.RegisterTimer(callback, dueTime, period);

    /// <summary>A durable reminder: it survives deactivation and silo restarts. The grain must implement <see cref="IRemindable"/>.</summary>
    protected Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        if (this is not IRemindable)
        {
            throw new InvalidOperationException($"{GetType().Name} registers a reminder but does not implement IRemindable.");
        }

        return Reminders.RegisterOrUpdateAsync(GrainId, reminderName, dueTime, period);
    }

    protected Task UnregisterReminder(string reminderName) => Reminders.UnregisterAsync(GrainId, reminderName);

    protected Task<IGrainReminder?> GetReminder(string reminderName) => Reminders.GetAsync(GrainId, reminderName);

    protected IStreamProvider GetStreamProvider() => activation.Runtime.Services.GetRequiredService<IStreamProvider>();

    ReminderService Reminders => activation.Runtime.Services.GetRequiredService<ReminderService>();
}
