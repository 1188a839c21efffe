namespace Elara.Grains.Search;

public enum SearchSort
{
    Relevance,
    PriceAscending,
    PriceDescending,
    BestRated,
    Newest,
}
