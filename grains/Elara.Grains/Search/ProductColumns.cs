namespace Elara.Grains.Search;

/// <summary>
/// The values every search touches for every candidate, laid out as arrays (one slot per product): walking 50,000
/// product objects costs cache misses; walking arrays does not. Words are filtered by <see cref="WordFilters"/>.
/// </summary>
public sealed class ProductColumns
{
    readonly decimal[] _prices;
    readonly bool[] _inStock;
    readonly string[] _categorySlugs;
    readonly string[] _categoryNames;

    public ProductColumns(IReadOnlyList<AnalyzedProduct> products)
    {
        var count = products.Count;
        _prices = new decimal[count];
        _inStock = new bool[count];
        _categorySlugs = new string[count];
        _categoryNames = new string[count];
        Popularity = new double[count];
        UpdatedTicks = new long[count];
        for (var d = 0; d < count; d++)
        {
            var product = products[d];
            _prices[d] = product.Document.Price;
            _inStock[d] = product.Document.Stock > 0;
            _categorySlugs[d] = product.CategorySlug;
            _categoryNames[d] = product.Document.Category;
            Popularity[d] = product.Document.Popularity;
            UpdatedTicks[d] = product.Document.UpdatedAt.UtcTicks;
        }
    }

    public double[] Popularity { get; }

    public long[] UpdatedTicks { get; }

    public decimal Price(int document) => _prices[document];

    public string CategoryName(int document) => _categoryNames[document];

    public string CategorySlug(int document) => _categorySlugs[document];

    /// <summary>Which products pass the price, stock and category constraints, by position.</summary>
    public bool[] Admitted(SearchConstraints constraints)
    {
        var admitted = new bool[_prices.Length];
        var (min, max) = (constraints.MinPrice ?? decimal.MinValue, constraints.MaxPrice ?? decimal.MaxValue);
        for (var d = 0; d < admitted.Length; d++)
        {
            admitted[d] = _prices[d] >= min && _prices[d] <= max
                && (!constraints.InStockOnly || _inStock[d])
                && (constraints.CategorySlug is null || _categorySlugs[d] == constraints.CategorySlug
                    || string.Equals(_categoryNames[d], constraints.CategoryName, StringComparison.OrdinalIgnoreCase));
        }

        return admitted;
    }
}
