namespace Elara.Grains.Recommenders;

/// <summary>The best few of many scored things without sorting them all: a bounded heap, weakest on top.</summary>
public static class TopScored
{
    /// <summary>The <paramref name="count"/> greatest items by <paramref name="weakerFirst"/>, greatest first.</summary>
    public static List<T> Of<T>(IEnumerable<T> items, int count, IComparer<T> weakerFirst)
    {
        var kept = new PriorityQueue<T, T>(count + 1, weakerFirst);
        foreach (var item in items)
        {
            if (kept.Count < count)
            {
                kept.Enqueue(item, item);
            }
            else if (count > 0 && weakerFirst.Compare(item, kept.Peek()) > 0)
            {
                kept.EnqueueDequeue(item, item);
            }
        }

        var best = new List<T>(kept.Count);
        while (kept.TryDequeue(out var item, out _))
        {
            best.Add(item);
        }

        best.Reverse();
        return best;
    }
}
