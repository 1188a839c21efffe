using Elara.Grains.Trending;

namespace Elara.Grains.Analytics;

/// <summary>
/// Paid orders per UTC minute over the last day (the longest window), with the amounts the orders were charged.
/// Used by one grain turn at a time; read-only turns only read.
/// </summary>
public sealed class RevenueMinutes
{
    static readonly long MinutesKept = TrendingWindows.Length(TrendingWindow.OneDay).Ticks / TimeSpan.TicksPerMinute;

    readonly SortedDictionary<long, (decimal Revenue, int Orders)> minutes = [];

    public bool IsEmpty => minutes.Count == 0;

    public void Add(DateTimeOffset at, decimal revenue, int orders) => Add(Index(at), revenue, orders);

    /// <summary>Adds a batch, leaving out minutes older than a day.</summary>
    public void Merge(IEnumerable<RevenueMinute> batch, DateTimeOffset now)
    {
        var current = Index(now);
        foreach (var minute in batch)
        {
            var index = Index(minute.Minute);
            if (current - index < MinutesKept)
            {
                Add(index, minute.Revenue, minute.Orders);
            }
        }
    }

    public void Expire(DateTimeOffset now)
    {
        var current = Index(now);
        foreach (var index in minutes.Keys.TakeWhile(m => current - m >= MinutesKept).ToList())
        {
            minutes.Remove(index);
        }
    }

    /// <summary>Every minute of the window, oldest first, those without orders included (at zero).</summary>
    public IReadOnlyList<RevenueMinute> Series(TrendingWindow window, DateTimeOffset now)
    {
        var current = Index(now);
        var count = TrendingWindows.Length(window).Ticks / TimeSpan.TicksPerMinute;
        return
        [
            .. Enumerable.Range(0, (int)count)
                .Select(i => current - count + 1 + i)
                .Select(m => minutes.TryGetValue(m, out var sum) ? Minute(m, sum.Revenue, sum.Orders) : Minute(m, 0, 0)),
        ];
    }

    public RevenueTotals Totals(TrendingWindow window, DateTimeOffset now)
    {
        var current = Index(now);
        var count = TrendingWindows.Length(window).Ticks / TimeSpan.TicksPerMinute;
        var inWindow = minutes.Where(m => m.Key <= current && current - m.Key < count).Select(m => m.Value).ToList();
        return new RevenueTotals(inWindow.Sum(m => m.Revenue), inWindow.Sum(m => m.Orders));
    }

    /// <summary>The minutes with orders, to send or store.</summary>
    public IReadOnlyList<RevenueMinute> ToList() => [.. minutes.Select(m => Minute(m.Key, m.Value.Revenue, m.Value.Orders))];

    public void Clear() => minutes.Clear();

    void Add(long index, decimal revenue, int orders)
    {
        var sum = minutes.GetValueOrDefault(index);
        minutes[index] = (sum.Revenue + revenue, sum.Orders + orders);
    }

    static long Index(DateTimeOffset at) => at.UtcTicks / TimeSpan.TicksPerMinute;

    static RevenueMinute Minute(long index, decimal revenue, int orders) =>
        new(new DateTimeOffset(index * TimeSpan.TicksPerMinute, TimeSpan.Zero), revenue, orders);
}
