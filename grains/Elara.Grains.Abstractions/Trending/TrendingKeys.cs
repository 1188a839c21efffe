using Elara.Grains.Behaviour;

namespace Elara.Grains.Trending;

public static class TrendingKeys
{
    public const string Main = "main";

    /// <summary>How long an observer's subscription lasts unless renewed.</summary>
    public static readonly TimeSpan ObserverExpiry = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The shard counting a shopper's behaviour: the key of the behaviour stream shard the shopper's events travel on,
    /// so signals sent to a shard directly land where that shopper's stream items do.
    /// </summary>
    public static string ShardFor(string shopperId) => BehaviourStream.For(shopperId).Key;
}
