using Elara.Runtime.Streams;

namespace Elara.Grains.SearchIndex;

/// <summary>Clicks on search results, for every silo's index to learn synonyms from (not only the silo that took the click).</summary>
public static class SearchClickStream
{
    public const string Namespace = "search-clicks";

    public static StreamId Id { get; } = new(Namespace, "all");
}
