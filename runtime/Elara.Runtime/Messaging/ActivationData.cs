using Elara.Runtime.State;
using Elara.Runtime.Timers;

namespace Elara.Runtime.Messaging;

/// <summary>
/// One activation of one grain: its instance, its queue and its turn bookkeeping. Turns start in arrival order; a turn
/// starts only when no other is running, unless the grain is [Reentrant], the method [AlwaysInterleave], or both it and
/// everything running are [ReadOnly]. A caller that finds the activation free runs its turn on its own thread (no queue,
/// no hop); queued turns are drained on the thread pool.
/// </summary>
internal sealed class ActivationData : IThreadPoolWorkItem
{
    [ThreadStatic]
    static ActivationData? constructing;

    static readonly Action<Task, object?> EndExclusiveTurn = static (_, state) => ((ActivationData)state!).EndTurn(readOnly: false, keepsAlive: true, fromDrain: false);
    static readonly Action<Task, object?> EndReadOnlyTurn = static (_, state) => ((ActivationData)state!).EndTurn(readOnly: true, keepsAlive: true, fromDrain: false);
    static readonly Action<Task, object?> FinishQueuedTurn = static (turn, state) =>
    {
        var item = (WorkItem)state!;
        item.Activation!.Finish(item, turn, fromDrain: false);
    };

    readonly GrainClass grainClass;
    Queue<WorkItem>? queue;
    WorkItem? lifecycle;          // a pending deactivation: runs as soon as nothing else does
    int running;
    int exclusiveRunning;         // running turns that are not read-only
    bool drainScheduled;
    Status status;
    long lastActive;
    Exception? activationFailure;
    List<GrainTimer>? timers;
    object? states;               // one IActivationState, or a List of them: most grains have zero or one
    TaskCompletionSource? deactivated;
    CallChain? root;              // the chain of turns that nothing called from inside the cluster: made once, shared

    public ActivationData(SiloRuntime runtime, GrainId id, GrainClass grainClass)
    {
        Runtime = runtime;
        Id = id;
        this.grainClass = grainClass;
        lastActive = runtime.Clock.GetTimestamp();
        status = Status.Activating;
        running = 1;              // the activation itself is the first, exclusive turn
        exclusiveRunning = 1;
    }

    enum Status : byte
    {
        Activating,
        Valid,
        Deactivating,
        Invalid,
    }

    public SiloRuntime Runtime { get; }

    public GrainId Id { get; }

    public object? Instance { get; private set; }

    public GrainClass Class => grainClass;

    /// <summary>The activation whose grain instance is being constructed on this thread (read by the <see cref="Grain"/> constructor).</summary>
    public static ActivationData? Constructing => constructing;

    public static ActivationData ForObserver(SiloRuntime runtime, GrainId id, object observer) =>
        new(runtime, id, GrainClass.Observer) { Instance = observer, status = Status.Valid, running = 0, exclusiveRunning = 0 };

    /// <summary>Constructs the grain, reads its state and runs OnActivateAsync, as this activation's first turn.</summary>
    public async Task ActivateAsync(CancellationToken cancellationToken)
    {
        var previousChain = RuntimeContext.Chain;
        RuntimeContext.Chain = ChainFrom(null);
        try
        {
            constructing = this;
            try
            {
                Instance = grainClass.Create(this, Runtime.Services);
            }
            finally
            {
                constructing = null;
            }

            foreach (var state in States())
            {
                await state.ReadStateAsync(cancellationToken).ConfigureAwait(false);
            }

            await ((Grain)Instance).OnActivateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            FailActivation(exception);
            return;
        }
        finally
        {
            RuntimeContext.Chain = previousChain;
        }

        lock (this)
        {
            if (status == Status.Activating)
            {
                status = Status.Valid;
            }
        }

        EndTurn(readOnly: false, keepsAlive: true, fromDrain: false);
    }

    /// <summary>
    /// Starts the call here and now if the activation is free, queues it otherwise. Null means this activation is gone and
    /// the caller should look the grain up again.
    /// </summary>
    public Task? TryInvoke(GrainMethod method, object?[] arguments, CallChain? chain)
    {
        CallMessage? message = null;
        lock (this)
        {
            if (status == Status.Invalid)
            {
                return activationFailure is null ? null : method.Result.FromException(activationFailure);
            }

            if (queue is not { Count: > 0 } && lifecycle is null && CanStart(method.IsReadOnly, method.AlwaysInterleave))
            {
                running++;
                if (!method.IsReadOnly)
                {
                    exclusiveRunning++;
                }
            }
            else if (chain is not null && running > 0 && chain.Contains(this) && !grainClass.IsReentrant && !method.AlwaysInterleave)
            {
                return method.Result.FromException(new DeadlockException(
                    $"Call cycle detected: {chain.Describe(Id)}. {Id} is not reentrant and is waiting for this very call, so it would wait forever; " +
                    "mark the grain [Reentrant], the method [AlwaysInterleave], or break the cycle."));
            }
            else
            {
                message = method.Result.CreateMessage(Id, method, arguments, chain);
                EnqueueLocked(message);
            }
        }

        if (message is not null)
        {
            ScheduleDrainIfReady();
            return message.Completion;
        }

        return RunInline(method, arguments, chain);
    }

    /// <summary>Queues an item (a resent call, a timer tick); false when the activation is gone.</summary>
    public bool Enqueue(WorkItem item)
    {
        lock (this)
        {
            if (status == Status.Invalid)
            {
                return false;
            }

            EnqueueLocked(item);
        }

        ScheduleDrainIfReady();
        return true;
    }

    /// <summary>Deactivates after the running turns finish; calls that arrive meanwhile go to the grain's next activation.</summary>
    public Task Deactivate(DeactivationReason reason)
    {
        Task done;
        lock (this)
        {
            deactivated ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            done = deactivated.Task;
            if (status is Status.Deactivating or Status.Invalid || grainClass.IsObserver)
            {
                return done;
            }

            // An activation still activating is deactivated right after; its OnActivateAsync has the grain's first turn.
            status = Status.Deactivating;
            lifecycle = new Deactivation(this, reason);
        }

        ScheduleDrainIfReady();
        return done;
    }

    /// <summary>Deactivates if no turn has run for <paramref name="age"/> and nothing waits.</summary>
    public void CollectIfIdle(long now, TimeSpan age)
    {
        lock (this)
        {
            if (status != Status.Valid || running > 0 || queue is { Count: > 0 } || grainClass.IsObserver ||
                Runtime.Clock.GetElapsedTime(lastActive, now) < age)
            {
                return;
            }
        }

        Deactivate(DeactivationReason.IdleCollection);
    }

    /// <summary>Removes an observer: its queued calls fail, later ones find no object.</summary>
    public void Close(Exception reason)
    {
        WorkItem[] abandoned;
        lock (this)
        {
            status = Status.Invalid;
            abandoned = queue?.ToArray() ?? [];
            queue = null;
        }

        foreach (var item in abandoned)
        {
            item.Abandon(Runtime, reason);
        }
    }

    public IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback, dueTime, period);
        lock (this)
        {
            (timers ??= []).Add(timer);
        }

        return timer;
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (this)
        {
            timers?.Remove(timer);
        }
    }

    public void AddState(IActivationState state)
    {
        states = states switch
        {
            null => state,
            List<IActivationState> list => list.Append(state).ToList(),
            IActivationState single => new List<IActivationState> { single, state },
            _ => states,
        };
    }

    void IThreadPoolWorkItem.Execute()
    {
        for (var budget = 32; budget > 0; budget--)
        {
            WorkItem? item;
            lock (this)
            {
                item = TakeNext();
                if (item is null)
                {
                    drainScheduled = false;
                    return;
                }
            }

            RunQueued(item);
        }

        // Let other activations have the thread; this one stays scheduled.
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    bool CanStart(bool readOnly, bool alwaysInterleave)
    {
        if (status != Status.Valid)
        {
            return false;
        }

        return running == 0 || grainClass.IsReentrant || alwaysInterleave || (readOnly && exclusiveRunning == 0);
    }

    void EnqueueLocked(WorkItem item) => (queue ??= new Queue<WorkItem>()).Enqueue(item);

    WorkItem? TakeNext()
    {
        WorkItem? item = null;
        if (lifecycle is not null)
        {
            if (running == 0)
            {
                item = lifecycle;
                lifecycle = null;
            }
        }
        else if (queue is { Count: > 0 } && CanStart(queue.Peek().IsReadOnly, queue.Peek().AlwaysInterleave))
        {
            item = queue.Dequeue();
        }

        if (item is not null)
        {
            running++;
            if (!item.IsReadOnly)
            {
                exclusiveRunning++;
            }
        }

        return item;
    }

    bool HasStartableLocked() =>
        lifecycle is not null
            ? running == 0
            : queue is { Count: > 0 } && CanStart(queue.Peek().IsReadOnly, queue.Peek().AlwaysInterleave);

    void ScheduleDrainIfReady()
    {
        lock (this)
        {
            if (drainScheduled || !HasStartableLocked())
            {
                return;
            }

            drainScheduled = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
    }

    Task RunInline(GrainMethod method, object?[] arguments, CallChain? chain)
    {
        var previousChain = RuntimeContext.Chain;
        RuntimeContext.Chain = ChainFrom(chain);
        Task result;
        try
        {
            result = method.Invoke(Instance!, arguments);
        }
        finally
        {
            RuntimeContext.Chain = previousChain;
        }

        if (result.IsCompleted)
        {
            EndTurn(method.IsReadOnly, keepsAlive: true, fromDrain: false);
        }
        else
        {
            result.ContinueWith(method.IsReadOnly ? EndReadOnlyTurn : EndExclusiveTurn, this,
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return result;
    }

    void RunQueued(WorkItem item)
    {
        item.Activation = this;
        var previousChain = RuntimeContext.Chain;
        RuntimeContext.Chain = ChainFrom(item.Chain);
        Task turn;
        try
        {
            turn = item.Run(this);
        }
        catch (Exception exception)
        {
            turn = Task.FromException(exception);
        }
        finally
        {
            RuntimeContext.Chain = previousChain;
        }

        if (turn.IsCompleted)
        {
            Finish(item, turn, fromDrain: true);
        }
        else
        {
            turn.ContinueWith(FinishQueuedTurn, item, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    CallChain ChainFrom(CallChain? caller) => caller is null ? root ??= new CallChain(this, null) : new CallChain(this, caller);

    void Finish(WorkItem item, Task turn, bool fromDrain)
    {
        item.Finished(turn);
        EndTurn(item.IsReadOnly, item.KeepsAlive, fromDrain);
    }

    void EndTurn(bool readOnly, bool keepsAlive, bool fromDrain)
    {
        bool schedule;
        lock (this)
        {
            running--;
            if (!readOnly)
            {
                exclusiveRunning--;
            }

            if (keepsAlive)
            {
                lastActive = Runtime.Clock.GetTimestamp();
            }

            schedule = !fromDrain && !drainScheduled && HasStartableLocked();
            if (schedule)
            {
                drainScheduled = true;
            }
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
        }
    }

    IEnumerable<IActivationState> States() => states switch
    {
        null => [],
        IActivationState single => [single],
        List<IActivationState> list => list,
        _ => [],
    };

    void FailActivation(Exception exception)
    {
        WorkItem[] abandoned;
        lock (this)
        {
            status = Status.Invalid;
            activationFailure = exception;
            abandoned = queue?.ToArray() ?? [];
            queue = null;
            running = 0;
            exclusiveRunning = 0;
            lifecycle = null;
        }

        Runtime.Directory.Remove(this);
        Runtime.LogActivationFailure(Id, exception);
        foreach (var item in abandoned)
        {
            item.Abandon(Runtime, exception);
        }

        deactivated?.TrySetResult();
    }

    /// <summary>The deactivation turn: OnDeactivateAsync, then changed state is written, timers stop, and queued calls move on.</summary>
    sealed class Deactivation(ActivationData activation, DeactivationReason reason) : WorkItem
    {
        public override Task Run(ActivationData _) => activation.RunDeactivationAsync(reason);

        public override void Finished(Task turn) => activation.CompleteDeactivation();

        public override void Abandon(SiloRuntime runtime, Exception? failure)
        {
        }
    }

    async Task RunDeactivationAsync(DeactivationReason reason)
    {
        using var timeout = new CancellationTokenSource(Runtime.Options.DeactivationTimeout, Runtime.Clock);
        if (Instance is Grain grain)
        {
            try
            {
                await grain.OnDeactivateAsync(reason, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                Runtime.LogDeactivationFailure(Id, exception);
            }
        }

        // A state that lost a write race is not trusted: writing it would undo the winner's write.
        if (reason != DeactivationReason.InconsistentState)
        {
            foreach (var state in States())
            {
                try
                {
                    await state.WriteIfChangedAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    Runtime.LogDeactivationFailure(Id, exception);
                }
            }
        }
    }

    void CompleteDeactivation()
    {
        WorkItem[] abandoned;
        GrainTimer[] stoppedTimers;
        lock (this)
        {
            status = Status.Invalid;
            abandoned = queue?.ToArray() ?? [];
            queue = null;
            stoppedTimers = timers?.ToArray() ?? [];
            timers = null;
        }

        foreach (var timer in stoppedTimers)
        {
            timer.Dispose();
        }

        Runtime.Directory.Remove(this);
        foreach (var item in abandoned)
        {
            item.Abandon(Runtime, null);
        }

        deactivated?.TrySetResult();
    }
}
