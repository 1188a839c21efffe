using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Elara.Runtime.Messaging;

namespace Elara.Runtime.Transport;

/// <summary>
/// Stable names for grain methods on the wire: "interface full name.method(parameter types)", the same in every process
/// built from the same code. A silo resolves names over the interfaces of the grain classes it hosts.
/// </summary>
internal sealed class WireMethods
{
    static readonly ConcurrentDictionary<MethodInfo, string> Ids = new();
    readonly ConcurrentDictionary<string, GrainMethod?> byId = new(StringComparer.Ordinal);
    readonly GrainClassRegistry classes;

    public WireMethods(GrainClassRegistry classes) => this.classes = classes;

    public static string IdOf(GrainMethod method) => Ids.GetOrAdd(method.Method, static m =>
        $"{TypeName(m.DeclaringType!)}.{m.Name}({string.Join(",", m.GetParameters().Select(p => TypeName(p.ParameterType)))})");

    public GrainMethod Resolve(string id) =>
        byId.GetOrAdd(id, Find) ?? throw new InvalidOperationException($"No grain interface of this silo has the method {id}.");

    GrainMethod? Find(string id)
    {
        foreach (var grainClass in classes.Classes)
        {
            foreach (var contract in grainClass.Type.GetInterfaces())
            {
                foreach (var method in contract.GetMethods())
                {
                    var candidate = GrainMethod.For(method);
                    if (IdOf(candidate) == id)
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    static string TypeName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        var builder = new StringBuilder(type.GetGenericTypeDefinition().FullName);
        builder.Append('[').AppendJoin(",", type.GetGenericArguments().Select(TypeName)).Append(']');
        return builder.ToString();
    }
}
