using Elara.Grains.Catalog;
using Elara.Grains.Search;
using Shouldly;

namespace Elara.Grains.Tests.Search;

/// <summary>Random catalogs and random queries: whatever the text says, the API's filters hold for every hit.</summary>
public sealed class SearchFilterPropertyTests
{
    static readonly string[] Words = ["lantern", "candle", "mug", "box", "jar", "heart", "star", "glass", "red", "blue", "wooden", "plastic", "large"];
    static readonly string[] Categories = ["Lighting", "Candles", "Kitchen", "Home & Garden"];
    static readonly string[] Colours = ["red", "blue", "white"];
    static readonly string[] Materials = ["glass", "plastic", "wood"];
    static readonly string[] Extras = ["", " under £10", " not plastic", " cheapest", " cheap", " -glass", " between 3 and 12", " lantrn", " newest"];

    [Fact]
    public void Explicit_filters_hold_for_every_hit_of_every_random_query()
    {
        var random = new Random(20261121);
        var products = Enumerable.Range(0, 400).Select(i => SampleCatalog.Product(
            $"r{i}",
            string.Join(' ', Enumerable.Range(0, 3).Select(_ => Words[random.Next(Words.Length)])),
            Categories[random.Next(Categories.Length)],
            Math.Round((decimal)(random.NextDouble() * 30), 2),
            Colours[random.Next(Colours.Length)],
            Materials[random.Next(Materials.Length)],
            stock: random.Next(3),
            popularity: random.NextDouble())).ToDictionary(p => p.Id);
        var index = new CatalogSearchIndex();
        index.UpsertMany(products.Values);

        for (var run = 0; run < 300; run++)
        {
            var text = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}{Extras[random.Next(Extras.Length)]}";
            var category = random.Next(3) == 0 ? Categories[random.Next(Categories.Length)] : null;
            var min = random.Next(3) == 0 ? random.Next(10) : (decimal?)null;
            var max = random.Next(3) == 0 ? random.Next(5, 30) : (decimal?)null;
            var inStockOnly = random.Next(2) == 0;
            var query = new SearchQuery(text, category is null ? null : CategorySlug.For(category), min, max, InStockOnly: inStockOnly, PageSize: 100);

            var result = index.Search(query);

            result.Hits.Count.ShouldBe(Math.Min(result.Total, 100), text);
            foreach (var hit in result.Hits)
            {
                var product = products[hit.Id];
                if (category is not null)
                {
                    product.Category.ShouldBe(category, text);
                }

                if (min is not null)
                {
                    product.Price.ShouldBeGreaterThanOrEqualTo(min.Value, text);
                }

                if (max is not null)
                {
                    product.Price.ShouldBeLessThanOrEqualTo(max.Value, text);
                }

                if (inStockOnly)
                {
                    product.Stock.ShouldBeGreaterThan(0, text);
                }

                foreach (var excluded in result.Parsed.Excluded)
                {
                    $"{product.Name} {product.Category} {string.Join(' ', product.Attributes.Values)}"
                        .Split(' ').Select(EnglishStemmer.Stem).ShouldNotContain(EnglishStemmer.Stem(excluded), text);
                }
            }
        }
    }
}
