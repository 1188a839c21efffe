using Elara.Grains.Search;

namespace Elara.Api.Search;

/// <summary>GET /api/search's query string: text, explicit filters (they win over ones parsed from the text), sort and page.</summary>
public sealed record SearchRequest(string? Q, string? Category, decimal? MinPrice, decimal? MaxPrice, string? Sort, int? Page, int? PageSize)
{
    public const int MaxQueryLength = 200;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    const int MaxCategoryLength = 100;
    const decimal MaxPriceFilter = 100_000m;

    // Far past any real result list, and small enough that page × pageSize cannot overflow.
    const int MaxPage = 10_000;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Q is { Length: > MaxQueryLength } || Q?.Any(char.IsControl) == true)
        {
            errors["q"] = [$"The query must have at most {MaxQueryLength} printable characters."];
        }
        else if (string.IsNullOrWhiteSpace(Q) && string.IsNullOrWhiteSpace(Category) && MinPrice is null && MaxPrice is null)
        {
            errors["q"] = ["Give a query, or search with a category or price filter."];
        }

        if (Category is { Length: > MaxCategoryLength } || Category?.Any(char.IsControl) == true)
        {
            errors["category"] = [$"The category must have at most {MaxCategoryLength} printable characters."];
        }

        if (MinPrice is < 0 or > MaxPriceFilter)
        {
            errors["minPrice"] = [$"The minimum price must be 0 to {MaxPriceFilter}."];
        }

        if (MaxPrice is < 0 or > MaxPriceFilter)
        {
            errors["maxPrice"] = [$"The maximum price must be 0 to {MaxPriceFilter}."];
        }
        else if (MinPrice > MaxPrice)
        {
            errors["maxPrice"] = ["The maximum price must not be below the minimum price."];
        }

        if (Sort is not null && !SearchSorts.TryParse(Sort, out _))
        {
            errors["sort"] = [$"The sort must be one of {string.Join(", ", SearchSorts.Names)}."];
        }

        if (Page is < 1 or > MaxPage)
        {
            errors["page"] = [$"The page must be 1 to {MaxPage}."];
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"The page size must be 1 to {MaxPageSize}."];
        }

        return errors;
    }

    /// <summary>The query of a valid request.</summary>
    public SearchQuery ToQuery() => new(
        Q?.Trim() ?? "",
        string.IsNullOrWhiteSpace(Category) ? null : Category.Trim(),
        MinPrice,
        MaxPrice,
        Sort is not null && SearchSorts.TryParse(Sort, out var sort) ? sort : null,
        Page ?? 1,
        PageSize ?? DefaultPageSize);
}
