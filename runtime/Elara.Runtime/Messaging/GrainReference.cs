using System.Collections.Concurrent;
using System.Reflection;

namespace Elara.Runtime.Messaging;

/// <summary>
/// The object behind every grain reference: a generated proxy for the grain interface whose calls become messages
/// to the grain. References are cheap, compare by grain id, and may be kept and shared.
/// </summary>
public class GrainReference : DispatchProxy
{
    // DispatchProxy.Create goes through reflection on every call; a shallow copy of one proxy per interface does not.
    static readonly ConcurrentDictionary<Type, GrainReference> Prototypes = new();

    SiloRuntime? runtime;
    GrainClass? grainClass;

    public GrainId GrainId { get; private set; }

    internal static object Create(Type grainInterface, GrainId grainId, GrainClass grainClass, SiloRuntime runtime)
    {
        var prototype = Prototypes.GetOrAdd(grainInterface, static type => (GrainReference)DispatchProxy.Create(type, typeof(GrainReference)));
        var reference = (GrainReference)prototype.MemberwiseClone();
        reference.GrainId = grainId;
        reference.grainClass = grainClass;
        reference.runtime = runtime;
        return reference;
    }

    public override bool Equals(object? obj) => obj is GrainReference other && other.GrainId == GrainId;

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => GrainId.ToString();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        runtime!.Invoke(GrainId, grainClass!, GrainMethod.For(targetMethod!), args ?? []);
}
