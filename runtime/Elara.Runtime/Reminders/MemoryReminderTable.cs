using System.Globalization;

namespace Elara.Runtime.Reminders;

/// <summary>
/// Reminders in process memory. Like <see cref="Storage.MemoryGrainStorage"/>, one instance can be shared by
/// several silos in one process to stand in for a database they all see.
/// </summary>
public sealed class MemoryReminderTable : IReminderTable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(GrainId GrainId, string Name), ReminderEntry> _reminders = [];

    // One counter for the whole table, so an ETag is never handed out twice, not even after a remove.
    private long _lastVersion;

    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>([.. _reminders.Values]);
        }
    }

    public Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_reminders.GetValueOrDefault((grainId, name)));
        }
    }

    public Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var eTag = (++_lastVersion).ToString(CultureInfo.InvariantCulture);
            _reminders[(entry.GrainId, entry.Name)] = entry with { ETag = eTag };
            return Task.FromResult(eTag);
        }
    }

    public Task<bool> RemoveAsync(GrainId grainId, string name, string eTag, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var found = _reminders.TryGetValue((grainId, name), out var stored)
                && string.Equals(stored.ETag, eTag, StringComparison.Ordinal);
            return Task.FromResult(found && _reminders.Remove((grainId, name)));
        }
    }
}
