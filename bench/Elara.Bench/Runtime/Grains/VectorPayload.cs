namespace Elara.Bench.Runtime.Grains;

/// <summary>
/// The baseline: what a vector grain's data costs as a plain object (key plus vector), so that the runtime's own share
/// of an activation's memory can be told apart from the payload any design would hold.
/// </summary>
public sealed class VectorPayload(string key)
{
    public const int Dimensions = 64;

    public string Key { get; } = key;

    public float[] Vector { get; } = Create(key);

    /// <summary>Deterministic values from the key, so the grain and the baseline do the same work.</summary>
    public static void Fill(Span<float> vector, string key)
    {
        var state = (uint)StringComparer.Ordinal.GetHashCode(key) | 1;
        for (var i = 0; i < vector.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            vector[i] = (state & 0xFFFF) / 65535f - 0.5f;
        }
    }

    static float[] Create(string key)
    {
        var vector = new float[Dimensions];
        Fill(vector, key);
        return vector;
    }
}
