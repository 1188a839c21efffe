using System.Numerics.Tensors;

namespace Elara.Grains.Embeddings;

/// <summary>
/// The leading eigenpairs of a large sparse symmetric matrix by randomized range finding (Halko, Martinsson and
/// Tropp): multiply a seeded Gaussian block by the matrix, sharpen with power iterations, orthonormalise, then solve
/// the small projected problem exactly. A few sparse products replace a full decomposition of a vocabulary-sized matrix.
/// </summary>
public static class RandomizedEigensolver
{
    /// <summary>
    /// Row-major <c>size x rank</c> embedding: row i is item i in the eigenbasis, each coordinate scaled by the square
    /// root of its (positive) eigenvalue. Directions with non-positive eigenvalues, or beyond the matrix's rank, stay zero.
    /// </summary>
    public static float[] Embed(SparseSymmetricMatrix matrix, int rank, int oversampling, int powerIterations, Random random)
    {
        var size = matrix.Size;
        var width = Math.Min(rank + oversampling, size);
        var basis = Columns(width, size);
        var product = Columns(width, size);
        foreach (var column in basis)
        {
            for (var i = 0; i < size; i++)
            {
                column[i] = Gaussian(random);
            }
        }

        for (var pass = 0; pass <= powerIterations; pass++)
        {
            matrix.Multiply(basis, product);
            Orthonormalise(product);
            (basis, product) = (product, basis);
        }

        matrix.Multiply(basis, product);
        var projected = new double[width, width];
        for (var a = 0; a < width; a++)
        {
            for (var b = a; b < width; b++)
            {
                // Averaged both ways so rounding cannot make the small matrix asymmetric.
                projected[a, b] = projected[b, a] =
                    0.5 * (TensorPrimitives.Dot(basis[a], product[b]) + TensorPrimitives.Dot(basis[b], product[a]));
            }
        }

        var (values, vectors) = JacobiEigen.Decompose(projected);
        var embedding = new float[size * rank];
        var direction = new float[size];
        for (var r = 0; r < Math.Min(rank, width) && values[r] > 0; r++)
        {
            Array.Clear(direction);
            var scale = Math.Sqrt(values[r]);
            for (var a = 0; a < width; a++)
            {
                TensorPrimitives.MultiplyAdd(basis[a], (float)(vectors[a, r] * scale), direction, direction);
            }

            for (var i = 0; i < size; i++)
            {
                embedding[i * rank + r] = direction[i];
            }
        }

        return embedding;
    }

    /// <summary>Modified Gram-Schmidt; a column that is (nearly) a mix of earlier ones becomes zero.</summary>
    static void Orthonormalise(float[][] columns)
    {
        for (var j = 0; j < columns.Length; j++)
        {
            var column = columns[j];
            var before = TensorPrimitives.Norm(column);
            for (var i = 0; i < j; i++)
            {
                TensorPrimitives.MultiplyAdd(columns[i], -TensorPrimitives.Dot(columns[i], column), column, column);
            }

            var norm = TensorPrimitives.Norm(column);
            if (norm <= 1e-4f * before || norm == 0)
            {
                Array.Clear(column);
            }
            else
            {
                TensorPrimitives.Divide(column, norm, column);
            }
        }
    }

    static float[][] Columns(int count, int length)
    {
        var columns = new float[count][];
        for (var c = 0; c < count; c++)
        {
            columns[c] = new float[length];
        }

        return columns;
    }

    /// <summary>Box-Muller, from the injected generator so a seed fixes the whole model.</summary>
    static float Gaussian(Random random) =>
        (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
}
