using System.Reflection;

namespace Elara.Runtime.Messaging;

/// <summary>
/// The object behind every grain reference: a generated proxy for the grain interface whose calls become messages
/// to the grain. References are cheap, compare by grain id, and may be kept and shared.
/// </summary>
public class GrainReference : DispatchProxy
{
    SiloRuntime? runtime;

    public GrainId GrainId { get; private set; }

    internal static object Create(Type grainInterface, GrainId grainId, SiloRuntime runtime)
    {
        var reference = (GrainReference)DispatchProxy.Create(grainInterface, typeof(GrainReference));
        reference.GrainId = grainId;
        reference.runtime = runtime;
        return reference;
    }

    public override bool Equals(object? obj) => obj is GrainReference other && other.GrainId == GrainId;

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => GrainId.ToString();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        runtime!.Invoke(GrainId, GrainMethod.For(targetMethod!), args ?? []);
}
