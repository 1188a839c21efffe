using Elara.Runtime;

namespace Elara.Grains.Catalog;

/// <summary>How a catalog's summaries are spread over shard grains: by a stable hash of the product id.</summary>
public static class CatalogShards
{
    /// <summary>Enough that a shard of a 100,000-product catalog stays a few hundred kilobytes.</summary>
    public const int Count = 64;

    public static string KeyFor(string catalogKey, string productId) => Key(catalogKey, (int)(StableHash.Of(productId) % Count));

    public static IEnumerable<string> Keys(string catalogKey) => Enumerable.Range(0, Count).Select(shard => Key(catalogKey, shard));

    static string Key(string catalogKey, int shard) => $"{catalogKey}/{shard}";
}
