using System.Collections.Concurrent;
using Elara.Runtime.Messaging;
using Elara.Runtime.Timers;
using Microsoft.Extensions.Logging;

namespace Elara.Runtime.Reminders;

/// <summary>
/// Fires durable reminders. At start it reads the reminder table and schedules every reminder on the runtime's clock;
/// a tick is a call to the grain's <see cref="IRemindable"/> and therefore reaches the grain wherever it is activated.
/// Ticks follow the grid StartAt + k·Period, so a restart neither loses nor doubles a schedule.
/// </summary>
internal sealed partial class ReminderService(SiloRuntime runtime, GrainFactory grains, ILogger<ReminderService> logger) : IAsyncDisposable
{
    readonly SiloRuntime runtime = runtime;
    readonly ConcurrentDictionary<(GrainId, string), ScheduledReminder> scheduled = new();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var entries = await runtime.ReminderTable.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entry in entries)
        {
            Schedule(entry);
        }

        LogLoaded(entries.Count);
    }

    public async Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grainId, string name, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (dueTime < TimeSpan.Zero || period <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), $"Reminder '{name}' needs a due time >= 0 and a period > 0 (got {dueTime}, {period}).");
        }

        var entry = new ReminderEntry(grainId, name, runtime.Clock.GetUtcNow() + dueTime, period);
        var eTag = await runtime.ReminderTable.UpsertAsync(entry).ConfigureAwait(false);
        Schedule(entry with { ETag = eTag });
        return new GrainReminder(name);
    }

    public async Task UnregisterAsync(GrainId grainId, string name)
    {
        if (scheduled.TryRemove((grainId, name), out var reminder))
        {
            reminder.Dispose();
        }

        if (await runtime.ReminderTable.ReadAsync(grainId, name).ConfigureAwait(false) is { ETag: { } eTag })
        {
            await runtime.ReminderTable.RemoveAsync(grainId, name, eTag).ConfigureAwait(false);
        }
    }

    public async Task<IGrainReminder?> GetAsync(GrainId grainId, string name) =>
        await runtime.ReminderTable.ReadAsync(grainId, name).ConfigureAwait(false) is null ? null : new GrainReminder(name);

    public ValueTask DisposeAsync()
    {
        foreach (var reminder in scheduled.Values)
        {
            reminder.Dispose();
        }

        scheduled.Clear();
        return ValueTask.CompletedTask;
    }

    void Schedule(ReminderEntry entry)
    {
        var reminder = new ScheduledReminder(this, entry);
        scheduled.AddOrUpdate((entry.GrainId, entry.Name), reminder, (_, old) =>
        {
            old.Dispose();
            return reminder;
        });
        reminder.ScheduleFirst();
    }

    /// <summary>Schedules reminders registered elsewhere since the last read (a view change may have made this silo their home).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in await runtime.ReminderTable.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!scheduled.ContainsKey((entry.GrainId, entry.Name)))
            {
                Schedule(entry);
            }
        }
    }

    async Task FireAsync(ReminderEntry entry, DateTimeOffset due)
    {
        // In a cluster every silo knows every reminder; only the grain's home silo fires it.
        if (!runtime.IsHomeHere(entry.GrainId))
        {
            return;
        }

        try
        {
            await grains.GetGrain<IRemindable>(entry.GrainId)
                .ReceiveReminder(entry.Name, new TickStatus(entry.StartAt, entry.Period, due)).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogTickFailed(entry.Name, entry.GrainId, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} reminders")]
    partial void LogLoaded(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Name} of {GrainId} failed")]
    partial void LogTickFailed(string name, GrainId grainId, Exception exception);

    /// <summary>One reminder's timer: due at the next grid point, re-armed after each tick.</summary>
    sealed class ScheduledReminder(ReminderService service, ReminderEntry entry) : IDisposable
    {
        ITimer? timer;
        DateTimeOffset nextDue;
        bool disposed;

        public void ScheduleFirst()
        {
            var now = service.runtime.Clock.GetUtcNow();
            Arm(entry.StartAt >= now ? entry.StartAt : NextAfter(now), now);
        }

        public void Dispose()
        {
            lock (this)
            {
                disposed = true;
                timer?.Dispose();
            }
        }

        // The first grid point strictly after the given time: a tick that ran late skips what it overlapped.
        DateTimeOffset NextAfter(DateTimeOffset after) =>
            entry.StartAt > after
                ? entry.StartAt
                : entry.StartAt + (entry.Period * (Math.Floor((after - entry.StartAt) / entry.Period) + 1));

        void Arm(DateTimeOffset due, DateTimeOffset now)
        {
            lock (this)
            {
                if (disposed)
                {
                    return;
                }

                nextDue = due;
                timer ??= DetachedTimer.Create(service.runtime.Clock, static state => ((ScheduledReminder)state!).Tick(), this);
                timer.Change(due > now ? due - now : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }

        async void Tick()
        {
            // The tick is awaited before re-arming, so a slow grain never gets overlapping ticks of one reminder.
            var due = nextDue;
            await service.FireAsync(entry, due).ConfigureAwait(false);
            var now = service.runtime.Clock.GetUtcNow();
            Arm(NextAfter(due > now ? due : now), now);
        }
    }
}
