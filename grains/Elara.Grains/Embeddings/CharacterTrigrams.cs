namespace Elara.Grains.Embeddings;

/// <summary>
/// A word's character trigrams, padded with word boundaries ("&lt;la", "lan", ... "rn&gt;"), hashed into a fixed number
/// of buckets. A misspelling keeps most of its word's trigrams, which is what lets it borrow that word's vector.
/// </summary>
public static class CharacterTrigrams
{
    const char Boundary = '\u0001';

    public static int[] Buckets(string word, int bucketCount)
    {
        var padded = Boundary + word + Boundary;
        var buckets = new int[padded.Length - 2];
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = (int)(Hash(padded[i], padded[i + 1], padded[i + 2]) % (uint)bucketCount);
        }

        return buckets;
    }

    /// <summary>FNV-1a: stable across processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    static uint Hash(char a, char b, char c)
    {
        var hash = 2166136261u;
        foreach (var ch in (ReadOnlySpan<char>)[a, b, c])
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return hash;
    }
}
