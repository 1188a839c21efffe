using System.Text.Json;
using System.Text.RegularExpressions;
using Elara.Grains.Catalog;
using Elara.Grains.Products;
using Elara.Silo.Catalog;
using Shouldly;

namespace Elara.Silo.Tests.Catalog;

public sealed partial class DemoCatalogTests
{
    static readonly IReadOnlyList<NewProduct> Products = DemoCatalog.Generate();

    [Fact]
    public void Has_at_least_540_products_in_at_least_12_categories()
    {
        Products.Count.ShouldBeGreaterThanOrEqualTo(540);
        Products.Select(p => p.Category).Distinct().Count().ShouldBeGreaterThanOrEqualTo(12);
        Products.GroupBy(p => p.Category).ShouldAllBe(g => g.Count() >= 30);
    }

    [Fact]
    public void Ids_are_readable_and_unique_and_so_are_names()
    {
        Products.ShouldAllBe(p => ReadableId().IsMatch(p.Id));
        Products.Select(p => p.Id).Distinct().Count().ShouldBe(Products.Count);
        Products.Select(p => p.Name).Distinct().Count().ShouldBe(Products.Count);
        Products[0].Id.ShouldBe("lighting-0001");
    }

    [Fact]
    public void Ids_start_with_the_url_slug_the_shop_gives_their_category()
    {
        DemoCategories.All.ShouldAllBe(c => c.Slug == CategorySlug.For(c.Name));
        Products.ShouldAllBe(p => p.Id.StartsWith(CategorySlug.For(p.Category) + "-", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_product_is_one_the_shop_accepts_with_a_full_description()
    {
        foreach (var product in Products)
        {
            Should.NotThrow(() => ProductRules.Check(product), product.Id);
            product.Price.ShouldBeInRange(1m, 400m, product.Id);
            decimal.Round(product.Price, 2).ShouldBe(product.Price, product.Id);
            product.Stock.ShouldBeInRange(3, 120, product.Id);
            product.ImageUrl.ShouldBe($"/images/products/{product.Id}.svg");
            product.Attributes.ShouldNotBeNull().Keys.Order().ShouldBe(["brand", "colour", "material", "size"]);
            product.Attributes.Values.ShouldAllBe(v => v.Length > 0);
            product.Name.ShouldContain(product.Attributes["material"]);
            SentenceEnd().Count(product.Description).ShouldBeInRange(2, 3, product.Description);
        }
    }

    [Fact]
    public void Prices_follow_what_each_kind_of_thing_costs()
    {
        var lamps = Products.Where(p => p.Name.EndsWith("Floor Lamp", StringComparison.Ordinal)).Select(p => p.Price).ToList();
        var tealights = Products.Where(p => p.Name.EndsWith("Tealight Set", StringComparison.Ordinal)).Select(p => p.Price).ToList();

        lamps.ShouldNotBeEmpty();
        tealights.ShouldNotBeEmpty();
        lamps.Min().ShouldBeGreaterThan(tealights.Max());
        Products.Select(p => p.Price).Distinct().Count().ShouldBeGreaterThan(200);
    }

    [Fact]
    public void Generating_again_gives_exactly_the_same_products()
    {
        JsonSerializer.Serialize(DemoCatalog.Generate()).ShouldBe(JsonSerializer.Serialize(Products));
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*-[0-9]{4}$")]
    private static partial Regex ReadableId();

    [GeneratedRegex(@"[.!?](\s|$)")]
    private static partial Regex SentenceEnd();
}
