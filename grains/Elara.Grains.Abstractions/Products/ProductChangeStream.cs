using Elara.Runtime.Streams;

namespace Elara.Grains.Products;

/// <summary>
/// Every product change, on one well-known stream: each silo's replicas subscribe to all of it, so there is nothing
/// to shard by.
/// </summary>
public static class ProductChangeStream
{
    public const string Namespace = "product-changes";

    public static StreamId Id { get; } = new(Namespace, "all");
}
