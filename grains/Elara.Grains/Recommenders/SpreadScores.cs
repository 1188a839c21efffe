using System.Buffers;

namespace Elara.Grains.Recommenders;

/// <summary>
/// What one spread over the <see cref="ItemGraph"/> gave the products it reached, held by the graph's product index in
/// pooled arrays for the length of one ranking: a spread reaches thousands of products, and building a dictionary of
/// them by id was most of a ranking's hashing and allocation. Only the products a ranking asks about are looked up by
/// id. Dispose to give the arrays back: the score arrays to this class's pools zeroed where they were written, so the
/// next spread starts clean; the list of products reached, which needs no clearing, to the shared pool.
/// </summary>
public sealed class SpreadScores : IDisposable
{
    static readonly ArrayPool<double> Doubles = ArrayPool<double>.Create(1 << 24, 32);
    static readonly ArrayPool<int> Ints = ArrayPool<int>.Create(1 << 24, 32);
    static readonly ArrayPool<bool> Flags = ArrayPool<bool>.Create(1 << 24, 32);

    readonly IReadOnlyDictionary<string, int> index;
    readonly IReadOnlyList<string> ids;
    int[]? touched;
    int reachedCount;
    double[]? score;
    double[]? contribution;
    int[]? because;
    int[]? times;
    bool[]? reached;

    /// <param name="index">The graph's product indices by id.</param>
    /// <param name="ids">The graph's product ids by index.</param>
    internal SpreadScores(IReadOnlyDictionary<string, int> index, IReadOnlyList<string> ids)
    {
        this.index = index;
        this.ids = ids;
        var n = Math.Max(1, ids.Count);
        score = Doubles.Rent(n);
        contribution = Doubles.Rent(n);
        because = Ints.Rent(n);
        times = Ints.Rent(n);
        reached = Flags.Rent(n);
        touched = ArrayPool<int>.Shared.Rent(n);
    }

    /// <summary>The ids of the products the spread reached.</summary>
    public IEnumerable<string> Keys => Reached.ToArray().Select(p => ids[p]);

    /// <summary>The indices of the products reached, in the order they were.</summary>
    ReadOnlySpan<int> Reached => touched.AsSpan(0, reachedCount);

    /// <summary>The best score of any product reached, 0 when none was.</summary>
    public double Max
    {
        get
        {
            var max = 0.0;
            foreach (var p in Reached)
            {
                max = Math.Max(max, score![p]);
            }

            return max;
        }
    }

    public SpreadScore this[string productId] =>
        TryGetValue(productId, out var found) ? found : throw new KeyNotFoundException($"The spread did not reach {productId}.");

    public bool TryGetValue(string productId, out SpreadScore found)
    {
        found = default;
        return index.TryGetValue(productId, out var p) && TryGetAt(p, out found);
    }

    /// <summary>The score of the product with the graph's index <paramref name="product"/> (none for a negative one).</summary>
    internal bool TryGetAt(int product, out SpreadScore found)
    {
        if (product < 0 || product >= ids.Count || !reached![product])
        {
            found = default;
            return false;
        }

        found = new SpreadScore(score![product], times![product], because![product] >= 0 ? ids[because[product]] : null, contribution![product]);
        return true;
    }

    /// <summary>The ids of the <paramref name="count"/> best-scored products (on a tie, the earlier id), best first.</summary>
    public IReadOnlyList<string> Strongest(int count)
    {
        var kept = StrongestIndices(count);
        var scores = score!;
        kept.Sort((a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : string.CompareOrdinal(ids[a], ids[b]));
        return [.. kept.Select(p => ids[p])];
    }

    /// <summary>The graph indices of the same products as <see cref="Strongest"/>, in no order: a ranking scores them all anyway.</summary>
    internal List<int> StrongestIndices(int count)
    {
        if (count <= 0)
        {
            return [];
        }

        var reached = Reached;
        var scores = score!;

        // Not from this class's pools: those give arrays back zeroed, and this one goes back as it is.
        var values = ArrayPool<double>.Shared.Rent(Math.Max(1, reached.Length));
        var kept = new List<int>(Math.Min(count, reached.Length));
        try
        {
            for (var i = 0; i < reached.Length; i++)
            {
                values[i] = scores[reached[i]];
            }

            // Above the cut everything is in; at it, the earliest ids fill what is left.
            var cut = TopScored.Cut(values.AsSpan(0, reached.Length), count);
            List<int>? tied = null;
            foreach (var p in reached)
            {
                if (scores[p] > cut)
                {
                    kept.Add(p);
                }
                else if (scores[p] == cut)
                {
                    (tied ??= []).Add(p);
                }
            }

            if (tied is not null)
            {
                tied.Sort((a, b) => string.CompareOrdinal(ids[a], ids[b]));
                kept.AddRange(tied.Take(count - kept.Count));
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(values);
        }

        return kept;
    }

    /// <summary>
    /// A seed's contribution to a product; the seed that contributed most (the first of equals) is its "because", with
    /// <paramref name="together"/>, how often the two occurred together.
    /// </summary>
    internal void Add(int product, double amount, int seed, int together)
    {
        if (!reached![product])
        {
            reached[product] = true;
            touched![reachedCount++] = product;
        }
        else if (amount <= contribution![product])
        {
            score![product] += amount;
            return;
        }

        score![product] += amount;
        (contribution![product], because![product], times![product]) = (amount, seed, together);
    }

    /// <summary>One more neighbour has the product: its similarity adds to the score, and the count of them grows.</summary>
    internal void AddShopper(int product, double similarity)
    {
        if (!reached![product])
        {
            reached[product] = true;
            touched![reachedCount++] = product;
            because![product] = -1;
        }

        times![product]++;

        score![product] += similarity;
    }

    public void Dispose()
    {
        if (score is null)
        {
            return;
        }

        foreach (var p in Reached)
        {
            (score[p], contribution![p], because![p], times![p], reached![p]) = (0, 0, 0, 0, false);
        }

        Doubles.Return(score);
        Doubles.Return(contribution!);
        Ints.Return(because!);
        Ints.Return(times!);
        Flags.Return(reached!);
        ArrayPool<int>.Shared.Return(touched!);
        (score, contribution, because, times, reached, touched) = (null, null, null, null, null, null);
    }
}
