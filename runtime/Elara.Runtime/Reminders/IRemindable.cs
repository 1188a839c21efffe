namespace Elara.Runtime.Reminders;

/// <summary>Implemented by grains that register reminders; each tick is a call to this method (activating the grain if needed).</summary>
public interface IRemindable : IGrain
{
    Task ReceiveReminder(string reminderName, TickStatus status);
}
