using System.Reflection;
using System.Text.Json;

namespace Elara.Runtime.Hosting;

/// <summary>How a silo behaves; bound from configuration section "Elara:Runtime" by the hosts.</summary>
public sealed class ElaraRuntimeOptions
{
    /// <summary>How long a caller waits for a grain call's answer (Orleans' ResponseTimeout).</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An activation with no call for this long is deactivated.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long OnDeactivateAsync and the final state write may take.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// SQL stores only: state writes go through the silo's journal with group commit (see JournaledGrainStorage), so
    /// concurrent writes of many grains share one commit; each is still acknowledged only once durable.
    /// </summary>
    public bool GroupCommit { get; set; }

    /// <summary>Serializer settings for grain state (and, later, messages).</summary>
    public JsonSerializerOptions Json { get; set; } = new(JsonSerializerDefaults.Web);

    /// <summary>The assemblies whose grain classes this silo hosts.</summary>
    public List<Assembly> GrainAssemblies { get; } = [];
}
