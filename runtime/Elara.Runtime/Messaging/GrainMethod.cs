using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Elara.Runtime.Messaging;

/// <summary>
/// One method of a grain (or observer) interface, prepared once: a compiled invoker, its scheduling flags and the shape
/// of its result. Every call through a reference is described by one of these plus its arguments.
/// </summary>
internal sealed class GrainMethod
{
    static readonly ConcurrentDictionary<MethodInfo, GrainMethod> Cache = new();

    readonly Func<object, object?[], Task> invoke;

    GrainMethod(MethodInfo method)
    {
        Method = method;
        Name = $"{method.DeclaringType!.Name}.{method.Name}";
        IsReadOnly = method.IsDefined(typeof(ReadOnlyAttribute), inherit: false);
        AlwaysInterleave = method.IsDefined(typeof(AlwaysInterleaveAttribute), inherit: false);
        Result = ResultShape.For(method);
        Parameters = method.GetParameters().Select(p => p.ParameterType).ToArray();
        invoke = CompileInvoker(method);
    }

    public MethodInfo Method { get; }

    public string Name { get; }

    public bool IsReadOnly { get; }

    public bool AlwaysInterleave { get; }

    public ResultShape Result { get; }

    /// <summary>The declared parameter types, for serializing arguments.</summary>
    public Type[] Parameters { get; }

    public static GrainMethod For(MethodInfo method) => Cache.GetOrAdd(method, static m => new GrainMethod(m));

    /// <summary>Runs the method on the target object; a synchronous throw becomes a faulted task, as an async method's would.</summary>
    public Task Invoke(object target, object?[] arguments)
    {
        try
        {
            return invoke(target, arguments) ?? Result.FromException(new InvalidOperationException($"{Name} returned null instead of a task."));
        }
        catch (Exception exception)
        {
            return Result.FromException(exception);
        }
    }

    static Func<object, object?[], Task> CompileInvoker(MethodInfo method)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var parameters = method.GetParameters()
            .Select((p, i) => Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType));
        var call = Expression.Call(Expression.Convert(target, method.DeclaringType!), method, parameters);
        return Expression.Lambda<Func<object, object?[], Task>>(Expression.Convert(call, typeof(Task)), target, arguments).Compile();
    }
}
