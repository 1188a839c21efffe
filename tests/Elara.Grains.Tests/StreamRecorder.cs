using System.Collections.Concurrent;
using Elara.Runtime.Streams;

namespace Elara.Grains.Tests;

/// <summary>Collects what a stream delivers, in order.</summary>
internal sealed class StreamRecorder<T> : IAsyncObserver<T>
{
    readonly ConcurrentQueue<T> items = new();

    public IReadOnlyList<T> Items => [.. items];

    public Task OnNextAsync(T item, StreamId stream)
    {
        items.Enqueue(item);
        return Task.CompletedTask;
    }
}
