namespace Elara.Runtime.Reminders;

/// <summary>The durable list of reminders. It outlives every silo: a restarted silo reads it back and fires what is due.</summary>
public interface IReminderTable
{
    Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default);

    Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the reminder and returns its new ETag.</summary>
    Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Removes the reminder if its ETag still matches; false when it was changed or is gone.</summary>
    Task<bool> RemoveAsync(GrainId grainId, string name, string eTag, CancellationToken cancellationToken = default);
}
