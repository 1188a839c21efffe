using System.Collections.Immutable;

namespace Elara.Grains.Users;

/// <summary>Bounded newest-first lists without repeats (recently viewed products, recent searches).</summary>
public static class RecentList
{
    /// <summary>Puts <paramref name="item"/> first (moving it if present) and keeps at most <paramref name="keep"/>.</summary>
    public static ImmutableList<string> Push(ImmutableList<string> list, string item, int keep, StringComparer comparer) =>
        Merge([item], list, keep, comparer);

    /// <summary>The newer entries, then the older ones not already there, at most <paramref name="keep"/>.</summary>
    public static ImmutableList<string> Merge(IEnumerable<string> newer, IEnumerable<string> older, int keep, StringComparer comparer) =>
        [.. newer.Concat(older).Distinct(comparer).Take(keep)];
}
