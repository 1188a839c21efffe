namespace Elara.Runtime.Messaging;

internal sealed class ValueResultShape<TResult> : ResultShape
{
    public override Type? ValueType => typeof(TResult);

    public override object? ResultOf(Task completed) => ((Task<TResult>)completed).Result;

    public override CallMessage CreateMessage(GrainId target, GrainMethod method, object?[] arguments, CallChain? chain) =>
        new ValueCallMessage<TResult>(target, method, arguments, chain);

    public override Task FromException(Exception exception) => Task.FromException<TResult>(exception);

    public override Task WithTimeout(Task result, TimeSpan timeout, TimeProvider clock, GrainId target, GrainMethod method) =>
        result.IsCompleted ? result : Wait((Task<TResult>)result, timeout, clock, target, method);

    static async Task<TResult> Wait(Task<TResult> result, TimeSpan timeout, TimeProvider clock, GrainId target, GrainMethod method)
    {
        try
        {
            return await result.WaitAsync(timeout, clock).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!result.IsCompleted)
        {
            throw Timeout(timeout, target, method);
        }
    }
}
