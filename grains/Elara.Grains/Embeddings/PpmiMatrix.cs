namespace Elara.Grains.Embeddings;

/// <summary>
/// Word-word positive pointwise mutual information, where two words co-occur when one product's text holds both.
/// Each word keeps only its strongest associations; the result is made symmetric for the eigensolver.
/// </summary>
public static class PpmiMatrix
{
    /// <param name="documents">Per product, its distinct word ids in 0..<paramref name="vocabularySize"/>-1.</param>
    public static SparseSymmetricMatrix Build(IReadOnlyList<int[]> documents, int vocabularySize, EmbeddingOptions options)
    {
        var containing = Containing(documents, vocabularySize);
        var wordTotals = new double[vocabularySize];
        foreach (var document in documents)
        {
            foreach (var word in document)
            {
                wordTotals[word] += document.Length - 1;
            }
        }

        var smoothed = wordTotals.Select(n => Math.Pow(n, options.ContextSmoothing)).ToArray();
        var smoothedTotal = smoothed.Sum();
        var strongest = new (int Column, float Value)[vocabularySize][];
        Parallel.For(
            0,
            vocabularySize,
            () => (Counts: new int[vocabularySize], Touched: new List<int>()),
            (word, _, scratch) =>
            {
                foreach (var d in containing[word])
                {
                    foreach (var context in documents[d])
                    {
                        if (context != word && scratch.Counts[context]++ == 0)
                        {
                            scratch.Touched.Add(context);
                        }
                    }
                }

                // PMI against the smoothed context distribution: log(P(w, c) / (P(w) P_alpha(c))).
                var entries = new List<(int Column, float Value)>(scratch.Touched.Count);
                foreach (var context in scratch.Touched)
                {
                    var pmi = Math.Log(scratch.Counts[context] * smoothedTotal / (wordTotals[word] * smoothed[context]));
                    if (pmi > 0)
                    {
                        entries.Add((context, (float)pmi));
                    }

                    scratch.Counts[context] = 0;
                }

                scratch.Touched.Clear();
                strongest[word] = [.. entries.OrderByDescending(e => e.Value).ThenBy(e => e.Column).Take(options.MaxNeighbours)];
                return scratch;
            },
            _ => { });

        return new SparseSymmetricMatrix(Symmetric(strongest));
    }

    static List<int>[] Containing(IReadOnlyList<int[]> documents, int vocabularySize)
    {
        var containing = new List<int>[vocabularySize];
        for (var w = 0; w < vocabularySize; w++)
        {
            containing[w] = [];
        }

        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var word in documents[d])
            {
                containing[word].Add(d);
            }
        }

        return containing;
    }

    /// <summary>Keeps an entry when either word chose the other; smoothing makes the two directions differ a little, so the larger wins.</summary>
    static List<(int Column, float Value)>[] Symmetric((int Column, float Value)[][] strongest)
    {
        var rows = new Dictionary<int, float>[strongest.Length];
        for (var w = 0; w < rows.Length; w++)
        {
            rows[w] = [];
        }

        for (var w = 0; w < strongest.Length; w++)
        {
            foreach (var (column, value) in strongest[w])
            {
                rows[w][column] = Math.Max(rows[w].GetValueOrDefault(column), value);
                rows[column][w] = Math.Max(rows[column].GetValueOrDefault(w), value);
            }
        }

        return [.. rows.Select(r => r.Select(e => (Column: e.Key, e.Value)).OrderBy(e => e.Column).ToList())];
    }
}
