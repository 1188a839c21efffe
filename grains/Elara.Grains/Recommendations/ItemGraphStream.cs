using Elara.Runtime.Streams;

namespace Elara.Grains.Recommendations;

/// <summary>What shoppers' events teach the item graph, for every silo's recommendation model.</summary>
public static class ItemGraphStream
{
    public const string Namespace = "item-graph";

    public static StreamId Id { get; } = new(Namespace, "all");
}
