namespace Elara.Grains.Recommenders;

/// <summary>
/// The best <c>count</c> items offered so far, weakest on top of a bounded heap. A caller that can tell from a score
/// alone that an item would not beat <see cref="Weakest"/> need not build the item at all.
/// </summary>
public sealed class TopScoredHeap<T>(int count, IComparer<T> weakerFirst)
{
    readonly PriorityQueue<T, T> kept = new(Math.Max(0, count) + 1, weakerFirst);

    /// <summary>Whether <c>count</c> items are kept, so a new one must beat <see cref="Weakest"/>.</summary>
    public bool IsFull => kept.Count >= count;

    public T Weakest => kept.Peek();

    public void Offer(T item)
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

    /// <summary>The items kept, greatest first; the heap is empty afterwards.</summary>
    public List<T> Best()
    {
        var best = new List<T>(kept.Count);
        while (kept.TryDequeue(out var item, out _))
        {
            best.Add(item);
        }

        best.Reverse();
        return best;
    }
}
