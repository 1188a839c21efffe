namespace Elara.Grains.Trending;

/// <summary>The windows by the names the API takes ("5m", "1h", "24h").</summary>
public static class TrendingWindows
{
    public static IReadOnlyList<TrendingWindow> All { get; } = [TrendingWindow.FiveMinutes, TrendingWindow.OneHour, TrendingWindow.OneDay];

    public static string Name(TrendingWindow window) => window switch
    {
        TrendingWindow.FiveMinutes => "5m",
        TrendingWindow.OneHour => "1h",
        TrendingWindow.OneDay => "24h",
        _ => throw new ArgumentOutOfRangeException(nameof(window), window, null),
    };

    public static bool TryParse(string? name, out TrendingWindow window)
    {
        foreach (var candidate in All)
        {
            if (Name(candidate) == name)
            {
                window = candidate;
                return true;
            }
        }

        window = default;
        return false;
    }

    /// <summary>How far back the window reaches.</summary>
    public static TimeSpan Length(TrendingWindow window) => window switch
    {
        TrendingWindow.FiveMinutes => TimeSpan.FromMinutes(5),
        TrendingWindow.OneHour => TimeSpan.FromHours(1),
        TrendingWindow.OneDay => TimeSpan.FromDays(1),
        _ => throw new ArgumentOutOfRangeException(nameof(window), window, null),
    };
}
