namespace Elara.Runtime.Messaging;

internal sealed class VoidResultShape : ResultShape
{
    public static readonly VoidResultShape Instance = new();

    public override Type? ValueType => null;

    public override object? ResultOf(Task completed) => null;

    public override CallMessage CreateMessage(GrainId target, GrainMethod method, object?[] arguments, CallChain? chain) =>
        new VoidCallMessage(target, method, arguments, chain);

    public override Task FromException(Exception exception) => Task.FromException(exception);

    public override Task WithTimeout(Task result, TimeSpan timeout, TimeProvider clock, GrainId target, GrainMethod method) =>
        result.IsCompleted ? result : Wait(result, timeout, clock, target, method);

    static async Task Wait(Task result, TimeSpan timeout, TimeProvider clock, GrainId target, GrainMethod method)
    {
        try
        {
            await result.WaitAsync(timeout, clock).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!result.IsCompleted)
        {
            throw Timeout(timeout, target, method);
        }
    }
}
