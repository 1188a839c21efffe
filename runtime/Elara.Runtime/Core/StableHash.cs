namespace Elara.Runtime;

/// <summary>
/// 64-bit FNV-1a over a string's UTF-16 code units: cheap, and the same in every process (unlike string.GetHashCode),
/// so silos and clients agree on placement and deactivation can tell "changed" from "unchanged".
/// </summary>
public static class StableHash
{
    public static ulong Of(string text) => Continue(14695981039346656037UL, text);

    public static ulong Continue(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
