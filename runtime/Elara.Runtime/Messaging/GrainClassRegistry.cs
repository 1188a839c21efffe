using System.Reflection;

namespace Elara.Runtime.Messaging;

/// <summary>The grain classes a silo hosts, found in the assemblies it was given, by type name and by interface.</summary>
internal sealed class GrainClassRegistry
{
    readonly Dictionary<string, GrainClass> byName = new(StringComparer.Ordinal);
    readonly Dictionary<Type, List<GrainClass>> byInterface = [];

    public GrainClassRegistry(IEnumerable<Assembly> assemblies)
    {
        foreach (var type in assemblies.Distinct().SelectMany(a => a.GetTypes()))
        {
            if (type is not { IsClass: true, IsAbstract: false } || !typeof(Grain).IsAssignableFrom(type) || type.ContainsGenericParameters)
            {
                continue;
            }

            var grainClass = GrainClass.For(type);
            if (!byName.TryAdd(grainClass.Name, grainClass))
            {
                throw new InvalidOperationException(
                    $"Grain classes {byName[grainClass.Name].Type.FullName} and {type.FullName} share the type name '{grainClass.Name}'; give one a [GrainType].");
            }

            foreach (var contract in type.GetInterfaces().Where(i => typeof(IGrain).IsAssignableFrom(i)))
            {
                if (!byInterface.TryGetValue(contract, out var classes))
                {
                    byInterface[contract] = classes = [];
                }

                classes.Add(grainClass);
            }
        }

        StreamSubscribers = byName.Values
            .SelectMany(c => c.StreamNamespaces.Select(ns => (ns, c)))
            .GroupBy(p => p.ns, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<GrainClass>)g.Select(p => p.c).ToArray(), StringComparer.Ordinal);
    }

    public IEnumerable<GrainClass> Classes => byName.Values;

    /// <summary>Grain classes with an implicit subscription, by stream namespace.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<GrainClass>> StreamSubscribers { get; }

    public GrainClass ForInterface(Type grainInterface)
    {
        if (!byInterface.TryGetValue(grainInterface, out var classes))
        {
            throw new InvalidOperationException(
                $"No grain class implements {grainInterface.Name}; is its assembly registered with AddGrains?");
        }

        return classes.Count == 1
            ? classes[0]
            : throw new InvalidOperationException(
                $"Several grain classes implement {grainInterface.Name} ({string.Join(", ", classes.Select(c => c.Type.Name))}); ask for a more specific interface.");
    }

    public GrainClass ForId(GrainId id)
    {
        if (id.Type == GrainClass.ObserverTypeName)
        {
            return GrainClass.Observer;
        }

        return byName.TryGetValue(id.Type, out var grainClass)
            ? grainClass
            : throw new InvalidOperationException($"No grain class has the type name '{id.Type}' (grain {id}).");
    }
}
