using Elara.Grains.Catalog;
using Elara.Grains.Errors;
using Shouldly;

namespace Elara.Grains.Tests.Catalog;

public sealed class CatalogStateTests
{
    static readonly CatalogState Catalog = new[]
    {
        Summary("p-3", "Candle", "Home & Garden"),
        Summary("p-1", "Lamp", "Lighting"),
        Summary("p-2", "Bulb", "Lighting"),
        Summary("p-5", "Armchair", "home & garden"),
        Summary("p-4", "Lamp", "Lighting"),
    }.Aggregate(new CatalogState(), (catalog, summary) => catalog.With(summary));

    [Fact]
    public void Pages_follow_name_then_id_and_count_every_match()
    {
        var first = Catalog.Page(null, 1, 2);
        var second = Catalog.Page(null, 2, 2);
        var third = Catalog.Page(null, 3, 2);

        first.Items.Select(p => p.Id).ShouldBe(["p-5", "p-2"]);
        second.Items.Select(p => p.Id).ShouldBe(["p-3", "p-1"]);
        third.Items.Select(p => p.Id).ShouldBe(["p-4"]);
        third.Total.ShouldBe(5);
    }

    [Theory]
    [InlineData("lighting")]
    [InlineData("LIGHTING")]
    [InlineData("Lighting")]
    public void A_category_is_found_by_name_or_slug_in_any_case(string category) =>
        Catalog.Page(category, 1, 10).Items.Select(p => p.Id).ShouldBe(["p-2", "p-1", "p-4"]);

    [Fact]
    public void A_slug_finds_every_spelling_of_its_category()
    {
        var page = Catalog.Page("home-garden", 1, 10);

        page.Items.Select(p => p.Id).ShouldBe(["p-5", "p-3"]);
        page.Total.ShouldBe(2);
    }

    [Fact]
    public void A_page_past_the_end_is_empty_but_keeps_the_total()
    {
        var page = Catalog.Page("lighting", 9, 10);

        page.Items.ShouldBeEmpty();
        page.Total.ShouldBe(3);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    public void A_page_number_below_one_or_a_page_size_outside_one_to_a_hundred_is_invalid(int page, int pageSize) =>
        Should.Throw<ShopException>(() => Catalog.Page(null, page, pageSize)).Error.ShouldBe(ShopError.Invalid);

    [Fact]
    public void Categories_are_counted_by_slug_and_ordered_by_name() =>
        Catalog.Categories().ShouldBe([new CategoryView("home-garden", "Home & Garden", 2), new CategoryView("lighting", "Lighting", 3)]);

    static ProductSummary Summary(string id, string name, string category) => new(id, name, category, 5m, 1, $"/images/products/{id}.svg");
}
