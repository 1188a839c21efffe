namespace Elara.Grains.Trending;

/// <summary>
/// Each window is a ring of time buckets: 10 of 30 s for 5 minutes, 12 of 5 min for an hour, 24 of 1 h for a day. A
/// window holds its last <see cref="Count"/> buckets, the current one included, so an event counts for at least the
/// window's length less one bucket and at most its whole length.
/// </summary>
public static class TrendingBuckets
{
    public static TimeSpan Width(TrendingWindow window) => window switch
    {
        TrendingWindow.FiveMinutes => TimeSpan.FromSeconds(30),
        TrendingWindow.OneHour => TimeSpan.FromMinutes(5),
        TrendingWindow.OneDay => TimeSpan.FromHours(1),
        _ => throw new ArgumentOutOfRangeException(nameof(window), window, null),
    };

    public static long Count(TrendingWindow window) => TrendingWindows.Length(window).Ticks / Width(window).Ticks;

    public static long Index(TrendingWindow window, DateTimeOffset at) => at.UtcTicks / Width(window).Ticks;

    public static bool InWindow(TrendingWindow window, long bucket, DateTimeOffset now)
    {
        var current = Index(window, now);
        return bucket <= current && current - bucket < Count(window);
    }

    /// <summary>Whether the bucket has left the window for good (a bucket still ahead of the clock has not).</summary>
    public static bool Expired(TrendingWindow window, long bucket, DateTimeOffset now) => Index(window, now) - bucket >= Count(window);
}
