namespace Elara.Runtime;

/// <summary>Hands out references to grains. There is no "create": the first call through a reference activates the grain.</summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey;

    /// <summary>A reference to <paramref name="grainId"/> through any interface its grain class implements.</summary>
    TInterface GetGrain<TInterface>(GrainId grainId)
        where TInterface : class;

    /// <summary>
    /// Makes a local object callable like a grain, so a grain can push to it (live updates out of the cluster).
    /// Calls reach the object one at a time, in order. Delete the reference when the object is done listening.
    /// </summary>
    TObserver CreateObjectReference<TObserver>(TObserver observer)
        where TObserver : class, IGrainObserver;

    void DeleteObjectReference<TObserver>(TObserver reference)
        where TObserver : class, IGrainObserver;
}
