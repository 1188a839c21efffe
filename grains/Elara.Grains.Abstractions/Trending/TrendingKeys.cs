namespace Elara.Grains.Trending;

public static class TrendingKeys
{
    public const string Main = "main";
}
