namespace Elara.Grains.Embeddings;

/// <summary>
/// Eigenvalues and eigenvectors of a small dense symmetric matrix by cyclic Jacobi rotations: slow in n^3 but exact
/// and simple, and the projected matrix it gets is only (rank + oversampling) wide.
/// </summary>
public static class JacobiEigen
{
    const int MaxSweeps = 100;

    /// <summary>Eigenvalues largest first; eigenvector i is column i of <c>Vectors</c>.</summary>
    public static (double[] Values, double[,] Vectors) Decompose(double[,] symmetric)
    {
        var n = symmetric.GetLength(0);
        var a = (double[,])symmetric.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < MaxSweeps && OffDiagonal(a) > 1e-24 * Math.Max(1, Diagonal(a)); sweep++)
        {
            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    if (a[p, q] != 0)
                    {
                        Rotate(a, v, p, q);
                    }
                }
            }
        }

        var order = Enumerable.Range(0, n).OrderByDescending(i => a[i, i]).ThenBy(i => i).ToArray();
        var values = order.Select(i => a[i, i]).ToArray();
        var vectors = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < n; i++)
            {
                vectors[i, j] = v[i, order[j]];
            }
        }

        return (values, vectors);
    }

    /// <summary>The rotation in the (p, q) plane that zeroes a[p, q], applied to a on both sides and to v on the right.</summary>
    static void Rotate(double[,] a, double[,] v, int p, int q)
    {
        var n = a.GetLength(0);
        var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
        var t = (theta >= 0 ? 1 : -1) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
        var c = 1 / Math.Sqrt(t * t + 1);
        var s = t * c;
        for (var k = 0; k < n; k++)
        {
            var (kp, kq) = (a[k, p], a[k, q]);
            a[k, p] = c * kp - s * kq;
            a[k, q] = s * kp + c * kq;
        }

        for (var k = 0; k < n; k++)
        {
            var (pk, qk) = (a[p, k], a[q, k]);
            a[p, k] = c * pk - s * qk;
            a[q, k] = s * pk + c * qk;
        }

        for (var k = 0; k < n; k++)
        {
            var (kp, kq) = (v[k, p], v[k, q]);
            v[k, p] = c * kp - s * kq;
            v[k, q] = s * kp + c * kq;
        }
    }

    static double OffDiagonal(double[,] a)
    {
        var sum = 0.0;
        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = i + 1; j < a.GetLength(0); j++)
            {
                sum += a[i, j] * a[i, j];
            }
        }

        return sum;
    }

    static double Diagonal(double[,] a)
    {
        var sum = 0.0;
        for (var i = 0; i < a.GetLength(0); i++)
        {
            sum += a[i, i] * a[i, i];
        }

        return sum;
    }
}
