using System.Collections.Concurrent;
using System.Collections.Immutable;
using Elara.Runtime.Messaging;

namespace Elara.Runtime.Streams;

/// <summary>
/// Streams delivered through the silo's own messaging: implicit subscribers and subscribed grains get each item as a
/// grain call (so wherever placement puts them), other observers through an object reference. Subscriptions live as
/// long as the silo.
/// </summary>
internal sealed class LocalStreamProvider(SiloRuntime runtime, GrainFactory grains) : IStreamProvider
{
    readonly SiloRuntime runtime = runtime;
    readonly GrainFactory grains = grains;
    readonly ConcurrentDictionary<StreamId, ImmutableList<Subscription>> subscriptions = new();

    public IAsyncStream<T> GetStream<T>(StreamId id) => new LocalStream<T>(this, id);

    sealed record Subscription(Guid Id, object Observer, object? OwnedReference);

    sealed class LocalStream<T>(LocalStreamProvider provider, StreamId id) : IAsyncStream<T>
    {
        public StreamId Id => id;

        public Task OnNextAsync(T item)
        {
            var deliveries = new List<Task>();
            if (provider.runtime.Classes.StreamSubscribers.TryGetValue(id.Namespace, out var classes))
            {
                foreach (var grainClass in classes)
                {
                    if (!typeof(IAsyncObserver<T>).IsAssignableFrom(grainClass.Type))
                    {
                        throw new InvalidOperationException(
                            $"{grainClass.Type.Name} subscribes to stream namespace '{id.Namespace}' but does not implement IAsyncObserver<{typeof(T).Name}>.");
                    }

                    deliveries.Add(provider.grains.GetGrain<IAsyncObserver<T>>(new GrainId(grainClass.Name, id.Key)).OnNextAsync(item, id));
                }
            }

            if (provider.subscriptions.TryGetValue(id, out var explicitSubscribers))
            {
                deliveries.AddRange(explicitSubscribers.Select(s => ((IAsyncObserver<T>)s.Observer).OnNextAsync(item, id)));
            }

            return Task.WhenAll(deliveries);
        }

        public Task<StreamSubscriptionHandle> SubscribeAsync(IAsyncObserver<T> observer)
        {
            ArgumentNullException.ThrowIfNull(observer);
            var subscription = observer switch
            {
                GrainReference => new Subscription(Guid.NewGuid(), observer, null),
                Grain grain => new Subscription(Guid.NewGuid(), provider.grains.GetGrain<IAsyncObserver<T>>(grain.GrainId), null),
                _ => CreateOwned(observer),
            };
            provider.subscriptions.AddOrUpdate(id, _ => [subscription], (_, list) => list.Add(subscription));
            return Task.FromResult(new StreamSubscriptionHandle(id, () => Unsubscribe(subscription)));
        }

        Subscription CreateOwned(IAsyncObserver<T> observer)
        {
            var reference = provider.grains.CreateReference(observer);
            return new Subscription(Guid.NewGuid(), reference, reference);
        }

        Task Unsubscribe(Subscription subscription)
        {
            provider.subscriptions.AddOrUpdate(id, _ => [], (_, list) => list.Remove(subscription));
            if (subscription.OwnedReference is { } reference)
            {
                provider.grains.DeleteReference(reference);
            }

            return Task.CompletedTask;
        }
    }
}
