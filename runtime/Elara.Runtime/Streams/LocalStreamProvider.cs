using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Elara.Runtime.Membership;
using Elara.Runtime.Messaging;
using Elara.Runtime.Transport;
using Microsoft.Extensions.Logging;

namespace Elara.Runtime.Streams;

/// <summary>
/// Streams delivered through the silo's own messaging: implicit subscribers and subscribed grains get each item as a
/// grain call (so wherever placement puts them), other observers through an object reference. Subscriptions live as
/// long as the silo.
/// </summary>
internal sealed partial class LocalStreamProvider(SiloRuntime runtime, GrainFactory grains, IServiceProvider services, ILogger<LocalStreamProvider> logger)
    : IStreamProvider
{
    static readonly MethodInfo DeliverLocalMethod = typeof(LocalStreamProvider).GetMethod(nameof(DeliverLocal), BindingFlags.NonPublic | BindingFlags.Instance)!;
    static readonly ConcurrentDictionary<Type, MethodInfo> DeliverLocalByType = new();
    readonly SiloRuntime runtime = runtime;
    readonly GrainFactory grains = grains;
    readonly ConcurrentDictionary<StreamId, ImmutableList<Subscription>> subscriptions = new();

    public IAsyncStream<T> GetStream<T>(StreamId id) => new LocalStream<T>(this, id);

    /// <summary>The namespaces this silo has explicit subscribers for (advertised with its heartbeats).</summary>
    public IReadOnlyList<string> ExplicitNamespaces() =>
        subscriptions.Where(s => !s.Value.IsEmpty).Select(s => s.Key.Namespace).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>An item published on another silo (or a client), for this silo's explicit subscribers.</summary>
    public Task DeliverFromCluster(StreamId id, Type itemType, object? item) =>
        (Task)DeliverLocalByType.GetOrAdd(itemType, static t => DeliverLocalMethod.MakeGenericMethod(t)).Invoke(this, [id, item])!;

    Task DeliverLocal<T>(StreamId id, T item) =>
        subscriptions.TryGetValue(id, out var explicitSubscribers)
            ? Task.WhenAll(explicitSubscribers.Select(s => ((IAsyncObserver<T>)s.Observer).OnNextAsync(item, id)))
            : Task.CompletedTask;

    /// <summary>
    /// In a cluster, explicit subscriptions live on every silo: the item goes to each other active silo too. A silo that
    /// cannot be reached is logged and skipped (its subscribers rebuild from the source when it restarts).
    /// </summary>
    Task? SendToCluster(StreamId id, Type itemType, object? item)
    {
        if (services.GetService(typeof(IMessageTransport)) is not TcpTransport transport ||
            services.GetService(typeof(IClusterMembership)) is not ClusterMembershipBase membership)
        {
            return null;
        }

        var view = membership.View;
        var local = membership.IsClient ? null : membership.LocalSilo;
        // Only silos whose last heartbeat listed subscribers for the namespace (or that have not said yet) get the item.
        var silos = view.ActiveSilos.Where(s => s != local && (membership.StreamNamespacesOf(s) is not { } known || known.Contains(id.Namespace))).ToList();
        if (silos.Count == 0)
        {
            return null;
        }

        byte[] frame;
        try
        {
            frame = transport.StreamItemFrame(id, itemType, item);
        }
        catch (Exception exception)
        {
            // As a failed send: local subscribers have the item; the other silos miss it and the log says why.
            LogRemoteDeliveryFailed(id.ToString(), string.Join(", ", silos), exception);
            return null;
        }

        return Task.WhenAll(silos.Select(async silo =>
        {
            try
            {
                await transport.SendStreamItemAsync(silo, frame).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                LogRemoteDeliveryFailed(id.ToString(), silo.ToString(), exception);
            }
        }));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream {Stream}: delivery to silo {Silo} failed")]
    partial void LogRemoteDeliveryFailed(string stream, string silo, Exception exception);

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

            if (provider.SendToCluster(id, typeof(T), item) is { } remote)
            {
                deliveries.Add(remote);
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
