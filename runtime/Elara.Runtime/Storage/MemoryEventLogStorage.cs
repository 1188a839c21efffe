namespace Elara.Runtime.Storage;

/// <summary>Event logs in process memory; like <see cref="MemoryGrainStorage"/>, one instance shared by silos is one store.</summary>
public sealed class MemoryEventLogStorage : IEventLogStorage
{
    readonly Lock gate = new();
    readonly Dictionary<(GrainId GrainId, string LogName), SortedList<long, string>> logs = [];

    public Task<IReadOnlyList<LoggedEntry>> ReadAfterAsync(GrainId grainId, string logName, long position, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            IReadOnlyList<LoggedEntry> entries = logs.TryGetValue((grainId, logName), out var log)
                ? [.. log.Where(e => e.Key > position).Select(e => new LoggedEntry(e.Key, e.Value))]
                : [];
            return Task.FromResult(entries);
        }
    }

    public Task AppendAsync(GrainId grainId, string logName, long position, string payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!logs.TryGetValue((grainId, logName), out var log))
            {
                logs[(grainId, logName)] = log = [];
            }

            if (log.Count > 0 && log.Keys[^1] >= position)
            {
                throw EventLogConflict.At(grainId, logName, position, log.Keys[^1]);
            }

            log.Add(position, payload);
            return Task.CompletedTask;
        }
    }

    public Task ForgetBeforeAsync(GrainId grainId, string logName, long position, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (logs.TryGetValue((grainId, logName), out var log))
            {
                while (log.Count > 0 && log.Keys[0] < position)
                {
                    log.RemoveAt(0);
                }
            }

            return Task.CompletedTask;
        }
    }
}
