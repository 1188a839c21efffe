using System.Reflection;

namespace Elara.Runtime.Messaging;

/// <summary>
/// What a grain method returns (<see cref="Task"/> or <see cref="Task{TResult}"/>), with the few operations that must be
/// typed: a queued message's completion, a faulted result, and a result that times out.
/// </summary>
internal abstract class ResultShape
{
    public static ResultShape For(MethodInfo method)
    {
        var type = method.ReturnType;
        if (type == typeof(Task))
        {
            return VoidResultShape.Instance;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return (ResultShape)Activator.CreateInstance(typeof(ValueResultShape<>).MakeGenericType(type.GetGenericArguments()))!;
        }

        throw new NotSupportedException(
            $"{method.DeclaringType?.Name}.{method.Name} returns {type.Name}; grain and observer methods must return Task or Task<T>.");
    }

    /// <summary>T of Task&lt;T&gt;; null for Task.</summary>
    public abstract Type? ValueType { get; }

    /// <summary>The value of a successfully completed result.</summary>
    public abstract object? ResultOf(Task completed);

    public abstract CallMessage CreateMessage(GrainId target, GrainMethod method, object?[] arguments, CallChain? chain);

    public abstract Task FromException(Exception exception);

    /// <summary>The same result, or a <see cref="TimeoutException"/> naming the call if it has not come within <paramref name="timeout"/>.</summary>
    public abstract Task WithTimeout(Task result, TimeSpan timeout, TimeProvider clock, GrainId target, GrainMethod method);

    protected static TimeoutException Timeout(TimeSpan timeout, GrainId target, GrainMethod method) =>
        new($"{method.Name} on grain {target} did not respond within {timeout}.");
}
