using Elara.Grains.Assistant;
using Elara.Grains.Search;
using Shouldly;

namespace Elara.Grains.Tests.Assistant;

public sealed class ConstraintRulesTests
{
    static ParsedQuery Parsed(
        string[]? terms = null, decimal? min = null, decimal? max = null, string[]? colours = null, string[]? excluded = null,
        string? category = null, SearchSort sort = SearchSort.Relevance) =>
        new(terms ?? [], min, max, colours ?? [], [], [], category, excluded ?? [], sort, []);

    static ShopperIntent Intent(string? recipient = null) =>
        new(IntentKind.Find, "", recipient, null, 1, PriceDirection.None, SizeDirection.None);

    static readonly ConversationConstraints BlueLampsForMumUnder30 = ConversationConstraints.None with
    {
        Subject = "lamps",
        MaxPrice = 30m,
        Colours = ["blue"],
        Excluded = ["plastic"],
        Recipient = "mum",
    };

    [Fact]
    public void A_colour_keeps_the_budget_subject_and_recipient()
    {
        var next = ConstraintRules.Apply(BlueLampsForMumUnder30, Parsed(colours: ["red"]), Intent());
        (next.Subject, next.MaxPrice, next.Recipient, next.Colours.Single()).ShouldBe(("lamps", 30m, "mum", "red"));
    }

    [Fact]
    public void A_new_subject_drops_the_old_ones_attributes_but_keeps_budget_and_recipient()
    {
        var next = ConstraintRules.Apply(BlueLampsForMumUnder30, Parsed(terms: ["vases"]), Intent());
        (next.Subject, next.MaxPrice, next.Recipient).ShouldBe(("vases", 30m, "mum"));
        next.Colours.ShouldBeEmpty();
        next.Excluded.ShouldBeEmpty();
    }

    [Fact]
    public void Exclusions_add_up_and_a_new_bound_replaces_the_old()
    {
        var next = ConstraintRules.Apply(BlueLampsForMumUnder30, Parsed(max: 50m, excluded: ["glass"]), Intent("dad"));
        next.Excluded.ShouldBe(["plastic", "glass"]);
        (next.MaxPrice, next.Recipient).ShouldBe((50m, "dad"));
    }

    [Fact]
    public void A_minimum_above_the_budget_lifts_the_budget()
    {
        var next = ConstraintRules.Apply(BlueLampsForMumUnder30, Parsed(min: 40m), Intent());
        (next.MinPrice, next.MaxPrice).ShouldBe((40m, (decimal?)null));
    }

    [Fact]
    public void Cheaper_is_strictly_below_and_nearest_first()
    {
        var next = ConstraintRules.Cheaper(BlueLampsForMumUnder30, 20m);
        (next.MaxPrice, next.Sort).ShouldBe((19.99m, SearchSort.PriceDescending));
    }

    [Fact]
    public void Dearer_lifts_a_budget_it_would_contradict()
    {
        var next = ConstraintRules.Dearer(BlueLampsForMumUnder30, 30m);
        (next.MinPrice, next.MaxPrice, next.Sort).ShouldBe((30.01m, (decimal?)null, SearchSort.PriceAscending));
    }

    [Fact]
    public void The_search_text_carries_what_the_search_parses_itself() =>
        ConstraintRules.SearchText(BlueLampsForMumUnder30).ShouldBe("lamps blue not plastic");

    [Fact]
    public void The_description_reads_as_a_phrase() =>
        ConstraintRules.Describe(BlueLampsForMumUnder30).ShouldBe("blue lamps for your mum without plastic under £30");
}
