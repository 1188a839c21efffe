namespace Elara.Grains.Search;

/// <summary>The product fields BM25F scores, in the order their weights are given.</summary>
public enum SearchField
{
    Name,
    Category,
    Attributes,
    Description,
}
