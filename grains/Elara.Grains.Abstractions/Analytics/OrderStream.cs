using Elara.Grains.Behaviour;
using Elara.Runtime.Streams;

namespace Elara.Grains.Analytics;

/// <summary>
/// Paid orders, sharded by shopper exactly as <see cref="BehaviourStream"/> is, so one shard's subscriber sees both a
/// shopper's behaviour and their orders.
/// </summary>
public static class OrderStream
{
    public const string Namespace = "orders-paid";

    public static StreamId For(string shopperId) => BehaviourStream.For(shopperId) with { Namespace = Namespace };
}
