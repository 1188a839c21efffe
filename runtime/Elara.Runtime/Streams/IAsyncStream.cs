namespace Elara.Runtime.Streams;

/// <summary>A named stream of items; <see cref="OnNextAsync"/> returns once every subscriber has received the item.</summary>
public interface IAsyncStream<T>
{
    StreamId Id { get; }

    Task OnNextAsync(T item);

    /// <summary>
    /// Subscribes an observer: a grain passing itself receives items as turns of its activation; any other object
    /// receives them one at a time, in order.
    /// </summary>
    Task<StreamSubscriptionHandle> SubscribeAsync(IAsyncObserver<T> observer);
}
