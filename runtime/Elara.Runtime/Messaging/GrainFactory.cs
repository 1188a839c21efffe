namespace Elara.Runtime.Messaging;

/// <summary>The grain factory of a silo (and of code co-hosted with it).</summary>
internal sealed class GrainFactory(SiloRuntime runtime) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        var grainClass = runtime.Classes.ForInterface(typeof(TGrainInterface));
        return (TGrainInterface)GrainReference.Create(typeof(TGrainInterface), new GrainId(grainClass.Name, key), grainClass, runtime);
    }

    public TInterface GetGrain<TInterface>(GrainId grainId)
        where TInterface : class =>
        (TInterface)GrainReference.Create(typeof(TInterface), grainId, runtime.Classes.ForId(grainId), runtime);

    public TObserver CreateObjectReference<TObserver>(TObserver observer)
        where TObserver : class, IGrainObserver =>
        CreateReference(observer);

    public void DeleteObjectReference<TObserver>(TObserver reference)
        where TObserver : class, IGrainObserver =>
        DeleteReference(reference);

    /// <summary>Any interface (observers, stream observers) made callable through the runtime.</summary>
    public TInterface CreateReference<TInterface>(TInterface target)
        where TInterface : class
    {
        ArgumentNullException.ThrowIfNull(target);
        var activation = runtime.AddObserver(target);
        return (TInterface)GrainReference.Create(typeof(TInterface), activation.Id, GrainClass.Observer, runtime);
    }

    public void DeleteReference(object reference)
    {
        if (reference is not GrainReference { GrainId.Type: GrainClass.ObserverTypeName } observer)
        {
            throw new ArgumentException("Only references made by CreateObjectReference can be deleted.", nameof(reference));
        }

        runtime.RemoveObserver(observer.GrainId);
    }
}
