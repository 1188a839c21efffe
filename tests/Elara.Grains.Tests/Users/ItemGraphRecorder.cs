using System.Collections.Concurrent;
using Elara.Grains.Recommenders;
using Elara.Runtime.Streams;

namespace Elara.Grains.Tests.Users;

/// <summary>Collects what the item-graph stream delivers.</summary>
internal sealed class ItemGraphRecorder : IAsyncObserver<ItemGraphChange>
{
    readonly ConcurrentQueue<ItemGraphChange> changes = new();

    public IReadOnlyList<ItemGraphChange> Changes => [.. changes];

    public Task OnNextAsync(ItemGraphChange item, StreamId stream)
    {
        changes.Enqueue(item);
        return Task.CompletedTask;
    }
}
