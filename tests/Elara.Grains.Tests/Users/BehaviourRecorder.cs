using System.Collections.Concurrent;
using Elara.Grains.Behaviour;
using Elara.Runtime.Streams;

namespace Elara.Grains.Tests.Users;

/// <summary>Collects what a shopper's behaviour stream delivers.</summary>
internal sealed class BehaviourRecorder : IAsyncObserver<BehaviourBatch>
{
    readonly ConcurrentQueue<BehaviourEvent> events = new();

    public IReadOnlyList<BehaviourEvent> Events => [.. events];

    public Task OnNextAsync(BehaviourBatch item, StreamId stream)
    {
        foreach (var e in item.Events)
        {
            events.Enqueue(e);
        }

        return Task.CompletedTask;
    }
}
