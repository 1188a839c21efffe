using Elara.Grains.Products;
using Elara.Grains.Search;
using Elara.Grains.SearchIndex;
using Shouldly;

namespace Elara.Grains.Tests.SearchIndex;

public sealed class PersonalisationTests
{
    static readonly Dictionary<string, string> Categories = new()
    {
        ["lamp-1"] = "Lighting",
        ["lamp-2"] = "Lighting",
        ["rug-1"] = "Textiles",
    };

    static string? CategoryOf(string id) => Categories.GetValueOrDefault(id);

    [Fact]
    public void The_most_viewed_category_has_affinity_one_and_unknown_products_are_ignored()
    {
        var affinity = CategoryAffinity.From(["rug-1", "lamp-1", "lamp-2", "gone-9"], CategoryOf);

        affinity["Lighting"].ShouldBe(1);
        affinity["Textiles"].ShouldBeInRange(0.01, 0.99);
        affinity.ContainsKey("gone-9").ShouldBeFalse();
    }

    [Fact]
    public void No_views_give_no_affinity() =>
        CategoryAffinity.From([], CategoryOf).ShouldBeEmpty();

    [Fact]
    public void Suggestions_in_a_favourite_category_move_first_and_the_rest_keep_their_order()
    {
        Suggestion[] suggestions =
        [
            new("red lamp", "query", null),
            new("Rug of wool", "product", "rug-1"),
            new("Lamp of brass", "product", "lamp-1"),
            new("Lighting", "category", null),
        ];

        var ordered = PersonalSuggestions.Order(suggestions, new Dictionary<string, double> { ["Lighting"] = 1 }, CategoryOf, 3);

        ordered.Select(s => s.Text).ShouldBe(["Lamp of brass", "Lighting", "red lamp"]);
    }

    [Fact]
    public void Popularity_is_zero_to_one_with_the_best_product_at_one()
    {
        var best = SearchPopularity.Raw(new ProductCounters(100, 0, 10, 0, 5, 0));

        SearchPopularity.Normalise(best, best).ShouldBe(1);
        SearchPopularity.Normalise(0, best).ShouldBe(0);
        SearchPopularity.Normalise(best * 2, best).ShouldBe(1);
        SearchPopularity.Normalise(5, 0).ShouldBe(0);
    }
}
