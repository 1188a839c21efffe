using System.Numerics.Tensors;

namespace Elara.Grains.Recommenders;

/// <summary>
/// An inverted-file partition of unit vectors (spherical k-means): rows are grouped into cells around centroids, and a
/// query reads only the rows of the cells whose centroids are closest to it. Each cell keeps a copy of its rows' vectors
/// side by side, so reading a cell is one sequential pass rather than a jump per row. Deterministic (the first centroids
/// are rows spread evenly over the block) and immutable once built, so readers need no lock.
/// </summary>
public sealed class VectorCells
{
    readonly float[] centroids;
    readonly int[] starts;
    readonly int[] rows;
    readonly float[] vectors;
    readonly int dimensions;

    VectorCells(float[] centroids, int[] starts, int[] rows, float[] vectors, int dimensions) =>
        (this.centroids, this.starts, this.rows, this.vectors, this.dimensions) = (centroids, starts, rows, vectors, dimensions);

    public int Count => starts.Length - 1;

    /// <summary>Rows (positions in the block the cells were built from) in the cell at <paramref name="cell"/>.</summary>
    public ReadOnlySpan<int> Members(int cell) => rows.AsSpan(starts[cell], starts[cell + 1] - starts[cell]);

    /// <summary>The vectors of <see cref="Members"/>, in the same order, <c>dimensions</c> floats each.</summary>
    public ReadOnlySpan<float> Vectors(int cell) => vectors.AsSpan(starts[cell] * dimensions, (starts[cell + 1] - starts[cell]) * dimensions);

    /// <param name="block">Row-major unit vectors, <paramref name="dimensions"/> floats a row.</param>
    /// <param name="cells">How many cells (at most one per row).</param>
    /// <param name="rounds">k-means rounds; a few settle cells well enough for probing several of them.</param>
    public static VectorCells Build(ReadOnlySpan<float> block, int dimensions, int cells, int rounds)
    {
        var rows = dimensions == 0 ? 0 : block.Length / dimensions;
        cells = Math.Clamp(cells, 1, Math.Max(1, rows));
        var centroids = new float[cells * dimensions];
        for (var c = 0; c < cells; c++)
        {
            block.Slice((int)((long)c * rows / cells) * dimensions, dimensions).CopyTo(centroids.AsSpan(c * dimensions, dimensions));
        }

        var assigned = new int[rows];
        for (var round = 0; round < rounds; round++)
        {
            var moved = Assign(block, centroids, dimensions, assigned);
            Recentre(block, centroids, dimensions, assigned);
            if (moved == 0 && round > 0)
            {
                break;
            }
        }

        Assign(block, centroids, dimensions, assigned);
        var starts = new int[cells + 1];
        foreach (var cell in assigned)
        {
            starts[cell + 1]++;
        }

        for (var c = 0; c < cells; c++)
        {
            starts[c + 1] += starts[c];
        }

        var next = starts[..^1];
        var grouped = new int[rows];
        var vectors = new float[rows * dimensions];
        for (var row = 0; row < rows; row++)
        {
            var at = next[assigned[row]]++;
            grouped[at] = row;
            block.Slice(row * dimensions, dimensions).CopyTo(vectors.AsSpan(at * dimensions, dimensions));
        }

        return new VectorCells(centroids, starts, grouped, vectors, dimensions);
    }

    /// <summary>Every cell, the one whose centroid is closest (by dot product) to <paramref name="query"/> first.</summary>
    public int[] ByCloseness(ReadOnlySpan<float> query)
    {
        // Negated, so the default ascending sort puts the closest first without a comparer made per query.
        var distance = new float[Count];
        for (var c = 0; c < distance.Length; c++)
        {
            distance[c] = -TensorPrimitives.Dot(query, centroids.AsSpan(c * dimensions, dimensions));
        }

        var order = Enumerable.Range(0, distance.Length).ToArray();
        Array.Sort(distance, order);
        return order;
    }

    /// <summary>Puts each row in its closest cell; returns how many rows changed cell.</summary>
    static int Assign(ReadOnlySpan<float> block, float[] centroids, int dimensions, int[] assigned)
    {
        var cells = centroids.Length / dimensions;
        var moved = 0;
        for (var row = 0; row < assigned.Length; row++)
        {
            var vector = block.Slice(row * dimensions, dimensions);
            var (best, bestSimilarity) = (0, float.NegativeInfinity);
            for (var c = 0; c < cells; c++)
            {
                var similarity = TensorPrimitives.Dot(vector, centroids.AsSpan(c * dimensions, dimensions));
                if (similarity > bestSimilarity)
                {
                    (best, bestSimilarity) = (c, similarity);
                }
            }

            if (assigned[row] != best)
            {
                (assigned[row], moved) = (best, moved + 1);
            }
        }

        return moved;
    }

    /// <summary>Each centroid becomes the unit mean of its rows; an empty cell keeps its centroid.</summary>
    static void Recentre(ReadOnlySpan<float> block, float[] centroids, int dimensions, int[] assigned)
    {
        var sums = new float[centroids.Length];
        for (var row = 0; row < assigned.Length; row++)
        {
            var sum = sums.AsSpan(assigned[row] * dimensions, dimensions);
            TensorPrimitives.Add(sum, block.Slice(row * dimensions, dimensions), sum);
        }

        for (var c = 0; c < centroids.Length / dimensions; c++)
        {
            var sum = sums.AsSpan(c * dimensions, dimensions);
            var norm = TensorPrimitives.Norm(sum);
            if (norm > 0)
            {
                TensorPrimitives.Divide(sum, norm, centroids.AsSpan(c * dimensions, dimensions));
            }
        }
    }
}
