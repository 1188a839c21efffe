using System.Buffers;

namespace Elara.Grains.Recommenders;

/// <summary>The best few of many scored things without sorting them all: a bounded heap, weakest on top.</summary>
public static class TopScored
{
    /// <summary>The <paramref name="count"/> greatest items by <paramref name="weakerFirst"/>, greatest first.</summary>
    public static List<T> Of<T>(IEnumerable<T> items, int count, IComparer<T> weakerFirst)
    {
        var kept = new TopScoredHeap<T>(count, weakerFirst);
        foreach (var item in items)
        {
            kept.Offer(item);
        }

        return kept.Best();
    }

    /// <summary>
    /// The <paramref name="count"/>-th greatest of <paramref name="scores"/> (negative infinity when there are fewer):
    /// everything above it is in the top, and ties at it are settled by the caller. A heap of plain numbers, so
    /// thousands of scores cost no comparer calls.
    /// </summary>
    public static double Cut(ReadOnlySpan<double> scores, int count)
    {
        if (count <= 0 || scores.Length < count)
        {
            return double.NegativeInfinity;
        }

        var heap = ArrayPool<double>.Shared.Rent(count);
        try
        {
            var kept = 0;
            foreach (var score in scores)
            {
                if (kept < count)
                {
                    // Sift up: the weakest stays at the root.
                    var i = kept++;
                    while (i > 0 && heap[(i - 1) / 2] > score)
                    {
                        heap[i] = heap[(i - 1) / 2];
                        i = (i - 1) / 2;
                    }

                    heap[i] = score;
                }
                else if (score > heap[0])
                {
                    // Replace the root and sift down.
                    var i = 0;
                    while (true)
                    {
                        var child = (2 * i) + 1;
                        if (child >= count)
                        {
                            break;
                        }

                        if (child + 1 < count && heap[child + 1] < heap[child])
                        {
                            child++;
                        }

                        if (heap[child] >= score)
                        {
                            break;
                        }

                        heap[i] = heap[child];
                        i = child;
                    }

                    heap[i] = score;
                }
            }

            return heap[0];
        }
        finally
        {
            ArrayPool<double>.Shared.Return(heap);
        }
    }
}
