using Elara.Grains.Trending;

namespace Elara.Api.Trending;

/// <summary>GET /api/trending's query string: the window ("5m", "1h", "24h"; 1h when left out), a category (slug or name) and how many.</summary>
public sealed record TrendingRequest(string? Window, string? Category, int? Limit)
{
    public const int DefaultLimit = 12;
    public const int MaxLimit = 50;
    const int MaxCategoryLength = 100;

    public TrendingWindow ParsedWindow => ParseWindow(Window);

    /// <summary>The category to filter by; null for every category.</summary>
    public string? CategoryFilter => string.IsNullOrWhiteSpace(Category) ? null : Category.Trim();

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        ValidateWindow(Window, errors);
        if (Category is { Length: > MaxCategoryLength } || Category?.Any(char.IsControl) == true)
        {
            errors["category"] = [$"The category must have at most {MaxCategoryLength} printable characters."];
        }

        if (Limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"The limit must be 1 to {MaxLimit}."];
        }

        return errors;
    }

    /// <summary>The window named, 1h when none is; call <see cref="ValidateWindow"/> first.</summary>
    public static TrendingWindow ParseWindow(string? window) =>
        window is null ? TrendingWindow.OneHour
        : TrendingWindows.TryParse(window, out var parsed) ? parsed
        : throw new ArgumentException($"Unknown window '{window}'.", nameof(window));

    public static void ValidateWindow(string? window, Dictionary<string, string[]> errors)
    {
        if (window is not null && !TrendingWindows.TryParse(window, out _))
        {
            errors["window"] = [$"The window must be one of {string.Join(", ", TrendingWindows.All.Select(TrendingWindows.Name))}."];
        }
    }
}
