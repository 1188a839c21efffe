namespace Elara.Runtime.Streams;

/// <summary>Receives a stream's items. Grains with an implicit subscription implement it for the item type.</summary>
public interface IAsyncObserver<in T>
{
    Task OnNextAsync(T item, StreamId stream);
}
