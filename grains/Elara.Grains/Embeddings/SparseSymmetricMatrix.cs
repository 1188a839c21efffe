namespace Elara.Grains.Embeddings;

/// <summary>A square symmetric matrix in compressed sparse rows; only what the eigensolver needs.</summary>
public sealed class SparseSymmetricMatrix
{
    readonly int[] _rowStarts;
    readonly int[] _columns;
    readonly float[] _values;

    /// <param name="rows">Per row, its (column, value) entries; the caller makes them symmetric.</param>
    public SparseSymmetricMatrix(IReadOnlyList<IReadOnlyList<(int Column, float Value)>> rows)
    {
        Size = rows.Count;
        _rowStarts = new int[Size + 1];
        for (var r = 0; r < Size; r++)
        {
            _rowStarts[r + 1] = _rowStarts[r] + rows[r].Count;
        }

        _columns = new int[_rowStarts[Size]];
        _values = new float[_rowStarts[Size]];
        for (var r = 0; r < Size; r++)
        {
            var at = _rowStarts[r];
            foreach (var (column, value) in rows[r])
            {
                _columns[at] = column;
                _values[at++] = value;
            }
        }
    }

    public int Size { get; }

    /// <summary>destination[c] = this x source[c] for every column c; columns run in parallel.</summary>
    public void Multiply(float[][] source, float[][] destination) =>
        Parallel.For(0, source.Length, c =>
        {
            var x = source[c];
            var y = destination[c];
            for (var r = 0; r < Size; r++)
            {
                var sum = 0f;
                for (var k = _rowStarts[r]; k < _rowStarts[r + 1]; k++)
                {
                    sum += _values[k] * x[_columns[k]];
                }

                y[r] = sum;
            }
        });
}
