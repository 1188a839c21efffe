using System.Collections.Concurrent;

namespace Elara.Runtime.Messaging;

/// <summary>This silo's activations by grain id. There is at most one per id: concurrent first calls race to add, one wins.</summary>
internal sealed class ActivationDirectory
{
    readonly ConcurrentDictionary<GrainId, ActivationData> activations = new();

    public int Count => activations.Count;

    public IEnumerable<ActivationData> All => activations.Values;

    public bool TryGet(GrainId id, out ActivationData activation) => activations.TryGetValue(id, out activation!);

    public bool TryAdd(ActivationData activation) => activations.TryAdd(activation.Id, activation);

    /// <summary>Removes exactly this activation (not a newer one for the same id).</summary>
    public void Remove(ActivationData activation) => activations.TryRemove(KeyValuePair.Create(activation.Id, activation));
}
