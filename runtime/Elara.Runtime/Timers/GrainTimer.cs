using Elara.Runtime.Messaging;

namespace Elara.Runtime.Timers;

/// <summary>
/// Fires on the runtime's <see cref="TimeProvider"/> and queues a tick turn; the next period counts from the end of the
/// tick (as in Orleans), so a slow callback never overlaps itself. Ticks do not keep the activation from being collected.
/// </summary>
internal sealed class GrainTimer : WorkItem, IGrainTimer
{
    readonly ActivationData owner;
    readonly Func<CancellationToken, Task> callback;
    readonly ITimer timer;
    readonly CancellationTokenSource disposed = new();
    TimeSpan period;

    public GrainTimer(ActivationData owner, Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        this.owner = owner;
        this.callback = callback;
        this.period = period;
        timer = DetachedTimer.Create(owner.Runtime.Clock, static state => ((GrainTimer)state!).Due(), this);
        timer.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    public override bool KeepsAlive => false;

    public void Change(TimeSpan dueTime, TimeSpan newPeriod)
    {
        period = newPeriod;
        if (!disposed.IsCancellationRequested)
        {
            timer.Change(dueTime, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        if (!disposed.IsCancellationRequested)
        {
            disposed.Cancel();
            timer.Dispose();
            owner.RemoveTimer(this);
        }
    }

    public override Task Run(ActivationData activation) =>
        disposed.IsCancellationRequested ? Task.CompletedTask : callback(disposed.Token);

    public override void Finished(Task turn)
    {
        if (turn.Exception is { } error)
        {
            owner.Runtime.LogTimerFailure(owner.Id, error.InnerException ?? error);
        }

        if (!disposed.IsCancellationRequested && period != Timeout.InfiniteTimeSpan)
        {
            timer.Change(period, Timeout.InfiniteTimeSpan);
        }
    }

    public override void Abandon(SiloRuntime runtime, Exception? failure) => Dispose();

    void Due()
    {
        if (!disposed.IsCancellationRequested)
        {
            owner.Enqueue(this);
        }
    }
}
