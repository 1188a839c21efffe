using Elara.Runtime.Reminders;

namespace Elara.Runtime.Tests.Grains;

public interface IReminderGrain : IGrainWithStringKey
{
    Task RemindMeAsync(string name, TimeSpan dueTime, TimeSpan period);

    Task ForgetAsync(string name);

    /// <summary>Registers a reminder due at once, then keeps this turn busy until the gate opens.</summary>
    Task RemindMeWhileBusyAsync(string name, string gate);
}

public sealed class ReminderGrain(ActivationLog log, Gates gates) : Grain, IReminderGrain, IRemindable
{
    public Task RemindMeAsync(string name, TimeSpan dueTime, TimeSpan period) => RegisterOrUpdateReminder(name, dueTime, period);

    public Task ForgetAsync(string name) => UnregisterReminder(name);

    public async Task RemindMeWhileBusyAsync(string name, string gate)
    {
        await RegisterOrUpdateReminder(name, TimeSpan.Zero, TimeSpan.FromMinutes(10));
        await gates.WaitAsync(gate);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        log.Add($"tick {GetPrimaryKeyString()} {reminderName} {status.CurrentTickTime:HH:mm}");
        return Task.CompletedTask;
    }
}
