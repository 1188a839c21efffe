using Elara.Runtime.Reminders;

namespace Elara.Runtime.Tests.Grains;

public interface IReminderGrain : IGrainWithStringKey
{
    Task RemindMeAsync(string name, TimeSpan dueTime, TimeSpan period);

    Task ForgetAsync(string name);
}

public sealed class ReminderGrain(ActivationLog log) : Grain, IReminderGrain, IRemindable
{
    public Task RemindMeAsync(string name, TimeSpan dueTime, TimeSpan period) => RegisterOrUpdateReminder(name, dueTime, period);

    public Task ForgetAsync(string name) => UnregisterReminder(name);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        log.Add($"tick {GetPrimaryKeyString()} {reminderName} {status.CurrentTickTime:HH:mm}");
        return Task.CompletedTask;
    }
}
