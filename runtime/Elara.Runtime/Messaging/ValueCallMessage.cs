namespace Elara.Runtime.Messaging;

internal sealed class ValueCallMessage<TResult>(GrainId target, GrainMethod method, object?[] arguments, CallChain? chain)
    : CallMessage(target, method, arguments, chain)
{
    readonly TaskCompletionSource<TResult> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Task Completion => completion.Task;

    public override void Finished(Task turn)
    {
        if (!TryFail(completion, turn))
        {
            completion.TrySetResult(((Task<TResult>)turn).Result);
        }
    }

    public override void SetResult(object? value) => completion.TrySetResult((TResult)value!);

    public override void Fail(Exception exception) => completion.TrySetException(exception);
}
