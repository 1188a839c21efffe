namespace Elara.Runtime.Testing.Time;

/// <summary>
/// A clock that moves only when a test says so. Timers created from it (grain timers, reminders, call timeouts,
/// idle collection) fire inside <see cref="Advance"/>, in due order, on the test's thread.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    static readonly DateTimeOffset Epoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    readonly List<ManualTimer> timers = [];
    DateTimeOffset now = start;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (timers)
        {
            return now;
        }
    }

    public override long GetTimestamp() => (GetUtcNow() - Epoch).Ticks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way at its due time.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (timers)
        {
            target = now + delta;
        }

        while (true)
        {
            ManualTimer? next;
            lock (timers)
            {
                next = timers.Where(t => t.Due <= target).MinBy(t => t.Due);
                if (next is null)
                {
                    now = target;
                    return;
                }

                if (next.Due > now)
                {
                    now = next.Due!.Value;
                }

                next.Rearm();
            }

            next.Fire();
        }
    }

    sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        // Like System.Threading.Timer, ticks run in the execution context captured at creation unless flow was suppressed.
        readonly ExecutionContext? context = ExecutionContext.IsFlowSuppressed() ? null : ExecutionContext.Capture();
        TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan newPeriod)
        {
            lock (clock.timers)
            {
                period = newPeriod;
                clock.timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    Due = null;
                    return true;
                }

                if (dueTime > TimeSpan.Zero)
                {
                    Due = clock.now + dueTime;
                    clock.timers.Add(this);
                    return true;
                }

                // Due now: fire as a real timer would (on the pool, not inside the caller), then follow the period.
                Due = clock.now;
                Rearm();
            }

            ThreadPool.UnsafeQueueUserWorkItem(_ => Fire(), null);
            return true;
        }

        public void Dispose()
        {
            lock (clock.timers)
            {
                clock.timers.Remove(this);
                Due = null;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        // Called under the clock's lock: a periodic timer moves to its next due time, a one-shot one leaves the list.
        internal void Rearm()
        {
            clock.timers.Remove(this);
            if (period > TimeSpan.Zero && period != Timeout.InfiniteTimeSpan)
            {
                Due = Due!.Value + period;
                clock.timers.Add(this);
            }
            else
            {
                Due = null;
            }
        }

        void Invoke() => callback(state);

        internal void Fire()
        {
            if (context is null)
            {
                Invoke();
            }
            else
            {
                ExecutionContext.Run(context, static timer => ((ManualTimer)timer!).Invoke(), this);
            }
        }
    }
}
