namespace Elara.Grains.Recommenders;

/// <summary>How a shopper's recent products move on: the newest first, no repeats, at most <see cref="RecommenderOptions.RecentKept"/>.</summary>
public static class RecentProducts
{
    /// <summary>Puts <paramref name="newest"/> in front of <paramref name="recent"/> (in place), dropping its earlier place and the oldest past <paramref name="kept"/>.</summary>
    public static void Push<T, TId>(List<T> recent, T newest, Func<T, TId> productId, int kept)
        where TId : IEquatable<TId>
    {
        var id = productId(newest);
        var earlier = recent.FindIndex(r => productId(r).Equals(id));
        if (earlier >= 0)
        {
            recent.RemoveAt(earlier);
        }

        recent.Insert(0, newest);
        if (recent.Count > kept)
        {
            recent.RemoveRange(kept, recent.Count - kept);
        }
    }
}
