namespace Elara.Grains.Recommendations;

public static class RecommendationKeys
{
    /// <summary>The recommendation grain is a stateless worker: the key only names the calling silo's worker.</summary>
    public const string Local = "local";
}
