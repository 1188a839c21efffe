using System.Reflection;
using Elara.Runtime.State;
using Elara.Runtime.Streams;
using Microsoft.Extensions.DependencyInjection;

namespace Elara.Runtime.Messaging;

/// <summary>What the runtime knows about one grain class: its type name, scheduling flags and how to construct it.</summary>
internal sealed class GrainClass
{
    readonly ConstructorInfo constructor;
    readonly Func<ActivationData, IServiceProvider, object?>[] arguments;

    GrainClass(string name, Type type, bool isReentrant, bool isStatelessWorker, bool isObserver)
    {
        Name = name;
        Type = type;
        IsReentrant = isReentrant;
        IsStatelessWorker = isStatelessWorker;
        IsObserver = isObserver;
        StreamNamespaces = type.GetCustomAttributes<ImplicitStreamSubscriptionAttribute>().Select(a => a.Namespace).ToArray();
        if (isObserver)
        {
            constructor = null!;
            arguments = [];
            return;
        }

        constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"Grain class {type.Name} has no public constructor.");
        arguments = constructor.GetParameters().Select(BindParameter).ToArray();
    }

    /// <summary>Observer objects are scheduled like grains (one call at a time) but never constructed, activated or collected.</summary>
    public static GrainClass Observer { get; } = new(ObserverTypeName, typeof(object), isReentrant: false, isStatelessWorker: true, isObserver: true);

    public const string ObserverTypeName = "sys.observer";

    public string Name { get; }

    public Type Type { get; }

    public bool IsReentrant { get; }

    public bool IsStatelessWorker { get; }

    public bool IsObserver { get; }

    public IReadOnlyList<string> StreamNamespaces { get; }

    public static GrainClass For(Type type) => new(
        type.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? DefaultName(type),
        type,
        type.IsDefined(typeof(ReentrantAttribute), inherit: false),
        type.IsDefined(typeof(StatelessWorkerAttribute), inherit: false),
        isObserver: false);

    public object Create(ActivationData activation, IServiceProvider services)
    {
        var values = new object?[arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i](activation, services);
        }

        return constructor.Invoke(values);
    }

    static string DefaultName(Type type)
    {
        var name = type.Name;
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

        return name.ToLowerInvariant();
    }

    static Func<ActivationData, IServiceProvider, object?> BindParameter(ParameterInfo parameter)
    {
        if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } state)
        {
            var type = parameter.ParameterType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new InvalidOperationException(
                    $"[PersistentState] parameter '{parameter.Name}' of {parameter.Member.DeclaringType?.Name} must be an IPersistentState<T>.");
            }

            var stateType = type.GetGenericArguments()[0];
            return (activation, _) => PersistentStateBinder.Bind(stateType, state.StateName, activation);
        }

        if (parameter.GetCustomAttribute<EventLogAttribute>() is { } log)
        {
            var type = parameter.ParameterType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IEventLog<>))
            {
                throw new InvalidOperationException(
                    $"[EventLog] parameter '{parameter.Name}' of {parameter.Member.DeclaringType?.Name} must be an IEventLog<T>.");
            }

            var logType = typeof(EventLog<>).MakeGenericType(type.GetGenericArguments()[0]);
            return (activation, _) => Activator.CreateInstance(logType, log.LogName, activation);
        }

        var serviceType = parameter.ParameterType;
        if (parameter.GetCustomAttribute<FromKeyedServicesAttribute>() is { } keyed)
        {
            return (_, services) => services.GetRequiredKeyedService(serviceType, keyed.Key);
        }

        return (_, services) => services.GetRequiredService(serviceType);
    }
}
