using Elara.Runtime.Streams;

namespace Elara.Grains.Behaviour;

/// <summary>
/// The behaviour stream later features (trending, recommendations) consume. It is sharded by shopper so no single
/// consumer grain is hot: implicit subscribers in namespace <see cref="Namespace"/> are keyed by shard.
/// </summary>
public static class BehaviourStream
{
    public const string Namespace = "behaviour";

    public const int Shards = 16;

    public static StreamId For(string shopperId) =>
        new(Namespace, $"shard-{(int)(Runtime.StableHash.Of(shopperId) % Shards)}");
}
