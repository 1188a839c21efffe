using Elara.Grains.Search;
using Shouldly;

namespace Elara.Grains.Tests.Search;

public sealed class SpellingCorrectorTests
{
    static readonly SpellingCorrector Corrector = new(new Dictionary<string, int>
    {
        ["lantern"] = 40,
        ["candlestick"] = 5,
        ["card"] = 30,
        ["cart"] = 2,
        ["mug"] = 50,
        ["ornament"] = 8,
        ["red"] = 70,
    });

    [Theory]
    [InlineData("lantrn", "lantern")]
    [InlineData("latnern", "lantern")]
    [InlineData("ornamnt", "ornament")]
    [InlineData("candelstik", "candlestick")]
    public void Misspellings_within_the_length_bound_are_corrected(string typed, string meant) =>
        Corrector.Correct(typed).ShouldBe(meant);

    [Theory]
    [InlineData("mgu")]
    [InlineData("rde")]
    public void Words_of_three_letters_or_fewer_are_never_corrected(string typed) =>
        Corrector.Correct(typed).ShouldBeNull();

    [Fact]
    public void Two_edits_are_too_many_for_a_short_word() => Corrector.Correct("lantrm").ShouldBeNull();

    [Fact]
    public void Known_words_are_left_alone() => Corrector.Correct("lantern").ShouldBeNull();

    [Fact]
    public void The_more_frequent_of_equally_close_words_wins() => Corrector.Correct("carx").ShouldBe("card");

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    public void The_edit_bound_grows_with_length(int length, int edits) => SpellingCorrector.MaxDistance(length).ShouldBe(edits);

    [Theory]
    [InlineData("lantern", "lantern", 0)]
    [InlineData("lantern", "lantren", 1)]
    [InlineData("lantern", "lanter", 1)]
    [InlineData("lantern", "lxntexn", 2)]
    [InlineData("lantern", "mug", 3)]
    public void Edit_distance_counts_swaps_as_one_and_stops_past_the_bound(string a, string b, int expected) =>
        EditDistance.Between(a, b, 2).ShouldBe(expected);
}
