using Elara.Grains.Search;

namespace Elara.Bench.Search.Bench;

/// <summary>
/// The baseline: what a shop without a search index does (SQL <c>LIKE '%word%'</c> for every word): scan every
/// product's lower-cased text, keep those containing all the words and passing the filters, and return the most popular
/// ten. No ranking by relevance, no typos, no price parsing; it is here for the cost of looking at every product.
/// </summary>
public sealed class NaiveScan(IReadOnlyList<SearchDocument> products)
{
    readonly (SearchDocument Product, string Text)[] rows =
        [.. products.Select(p => (p, $"{p.Name} {p.Category} {p.Description}".ToLowerInvariant()))];

    public IReadOnlyList<string> Search(SearchQuery query, int limit)
    {
        var words = query.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. rows
            .Where(r => (!query.InStockOnly || r.Product.Stock > 0)
                && (query.Category is null || r.Product.Category == query.Category)
                && (query.MinPrice is null || r.Product.Price >= query.MinPrice)
                && (query.MaxPrice is null || r.Product.Price <= query.MaxPrice)
                && words.All(w => r.Text.Contains(w, StringComparison.Ordinal)))
            .OrderByDescending(r => r.Product.Popularity)
            .Take(limit)
            .Select(r => r.Product.Id)];
    }
}
