namespace Elara.Runtime.Messaging;

/// <summary>A call that had to wait in an activation's queue; the caller awaits <see cref="Completion"/>.</summary>
internal abstract class CallMessage(GrainId target, GrainMethod method, object?[] arguments, CallChain? chain) : WorkItem
{
    public GrainId Target { get; } = target;

    public GrainMethod Method { get; } = method;

    public object?[] Arguments { get; } = arguments;

    public override CallChain? Chain { get; } = chain;

    public override bool IsReadOnly => Method.IsReadOnly;

    public override bool AlwaysInterleave => Method.AlwaysInterleave;

    public abstract Task Completion { get; }

    /// <summary>How often the call was forwarded or re-routed between silos.</summary>
    public int Hops { get; set; }

    /// <summary>The silo the call was last sent to over the transport, if any.</summary>
    public Placement.SiloAddress? SentTo { get; set; }

    /// <summary>Completes the call with a value received from another silo.</summary>
    public abstract void SetResult(object? value);

    public override Task Run(ActivationData activation) => Method.Invoke(activation.Instance!, Arguments);

    public override void Abandon(SiloRuntime runtime, Exception? failure)
    {
        if (failure is null)
        {
            runtime.Resend(this);
        }
        else
        {
            Fail(failure);
        }
    }

    public abstract void Fail(Exception exception);

    protected static bool TryFail<T>(TaskCompletionSource<T> completion, Task turn)
    {
        if (turn.IsCanceled)
        {
            return completion.TrySetCanceled();
        }

        return turn.Exception is { } error && completion.TrySetException(error.InnerExceptions);
    }
}
