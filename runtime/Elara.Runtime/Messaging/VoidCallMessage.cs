namespace Elara.Runtime.Messaging;

internal sealed class VoidCallMessage(GrainId target, GrainMethod method, object?[] arguments, CallChain? chain)
    : CallMessage(target, method, arguments, chain)
{
    readonly TaskCompletionSource<bool> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Task Completion => completion.Task;

    public override void Finished(Task turn)
    {
        if (!TryFail(completion, turn))
        {
            completion.TrySetResult(true);
        }
    }

    public override void SetResult(object? value) => completion.TrySetResult(true);

    public override void Fail(Exception exception) => completion.TrySetException(exception);
}
