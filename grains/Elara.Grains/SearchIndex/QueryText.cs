namespace Elara.Grains.SearchIndex;

/// <summary>Queries as trends count them: "Red  Lamp " and "red lamp" are one query.</summary>
public static class QueryText
{
    public const int MaxLength = 200;

    /// <summary>Lower-case, single spaces, trimmed, at most <see cref="MaxLength"/> characters; empty for a blank query.</summary>
    public static string Normalise(string query)
    {
        var words = string.Join(' ', query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return words.Length > MaxLength ? words[..MaxLength].TrimEnd() : words;
    }
}
