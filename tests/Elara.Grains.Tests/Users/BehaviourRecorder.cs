using System.Collections.Concurrent;
using Elara.Grains.Behaviour;
using Elara.Runtime.Streams;

namespace Elara.Grains.Tests.Users;

/// <summary>Collects what a shopper's behaviour stream delivers.</summary>
internal sealed class BehaviourRecorder : IAsyncObserver<BehaviourEvent>
{
    readonly ConcurrentQueue<BehaviourEvent> events = new();

    public IReadOnlyList<BehaviourEvent> Events => [.. events];

    public Task OnNextAsync(BehaviourEvent item, StreamId stream)
    {
        events.Enqueue(item);
        return Task.CompletedTask;
    }
}
