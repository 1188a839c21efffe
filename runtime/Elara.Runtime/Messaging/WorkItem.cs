namespace Elara.Runtime.Messaging;

/// <summary>Something an activation runs as one turn: a call, a timer tick, its own deactivation.</summary>
internal abstract class WorkItem
{
    /// <summary>The activation running this item; set when its turn starts.</summary>
    public ActivationData? Activation { get; set; }

    public virtual bool IsReadOnly => false;

    public virtual bool AlwaysInterleave => false;

    /// <summary>False for items (timer ticks) that must not keep an otherwise idle activation alive.</summary>
    public virtual bool KeepsAlive => true;

    /// <summary>The chain of turns waiting on this item, for cycle detection.</summary>
    public virtual CallChain? Chain => null;

    public abstract Task Run(ActivationData activation);

    /// <summary>The turn that <see cref="Run"/> returned has completed.</summary>
    public abstract void Finished(Task turn);

    /// <summary>The activation went away before running this item: a call is sent again (or failed with <paramref name="failure"/>).</summary>
    public abstract void Abandon(SiloRuntime runtime, Exception? failure);
}
