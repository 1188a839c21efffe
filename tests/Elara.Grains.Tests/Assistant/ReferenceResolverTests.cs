using Elara.Grains.Assistant;
using Shouldly;

namespace Elara.Grains.Tests.Assistant;

public sealed class ReferenceResolverTests
{
    static readonly IReadOnlyList<ShownProduct> Shown =
    [
        new(1, "p1", "Nordic Brass Table Lamp", "Lighting", 40m),
        new(2, "p2", "Rustic Rattan Lantern", "Lighting", 20m),
        new(3, "p3", "Minimal Oak Table Lamp", "Lighting", 60m),
        new(4, "p4", "Cottage Stoneware Candle Holder", "Lighting", 9m),
    ];

    static string[] Ids(string text, string? focus = null, IReadOnlyList<ShownProduct>? others = null) =>
        [.. ReferenceResolver.Resolve(text, Shown, focus, others).Select(p => p.Id)];

    [Theory]
    [InlineData("add the second one to my cart", "p2")]
    [InlineData("the 3rd please", "p3")]
    [InlineData("number 4", "p4")]
    [InlineData("the last one", "p4")]
    [InlineData("add that lantern", "p2")]
    [InlineData("the candle holders", "p4")]
    public void Finds_one_product(string text, string id) => Ids(text).ShouldBe([id]);

    [Fact]
    public void A_name_word_prefers_the_product_in_focus() => Ids("add that lamp", focus: "p3").ShouldBe(["p3"]);

    [Fact]
    public void A_name_word_without_focus_takes_the_first_card_with_it() => Ids("add that lamp").ShouldBe(["p1"]);

    [Fact]
    public void It_means_the_product_in_focus() => Ids("add it to my cart", focus: "p2").ShouldBe(["p2"]);

    [Fact]
    public void It_means_nothing_without_a_focus_among_several_cards() => Ids("add it to my cart").ShouldBeEmpty();

    [Fact]
    public void Two_references_come_in_the_order_said() => Ids("compare the third and the first").ShouldBe(["p3", "p1"]);

    [Fact]
    public void Both_means_the_first_two() => Ids("compare both").ShouldBe(["p1", "p2"]);

    [Fact]
    public void A_position_past_the_cards_is_nothing() => Ids("the fifth one").ShouldBeEmpty();

    [Fact]
    public void Other_products_such_as_the_cart_are_searched_by_name_after_the_cards() =>
        Ids("remove the teapot", others: [new(1, "t1", "Heritage Cast Iron Teapot", "", 30m)]).ShouldBe(["t1"]);
}
