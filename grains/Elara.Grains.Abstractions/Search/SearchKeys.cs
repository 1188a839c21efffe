namespace Elara.Grains.Search;

public static class SearchKeys
{
    /// <summary>The search grain's key: it is a stateless worker, so the key only names the calling silo's worker.</summary>
    public const string Local = "local";

    /// <summary>The shop's one trending-queries grain.</summary>
    public const string Trends = "main";
}
