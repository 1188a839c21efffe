using Elara.Grains.Search;
using Shouldly;

namespace Elara.Grains.Tests.Search;

public sealed class QueryParserTests
{
    static readonly CatalogVocabulary Vocabulary = new(new[]
    {
        SampleCatalog.Product("a", "Lamp", "Lighting", 1, "red", "glass"),
        SampleCatalog.Product("b", "Candle", "Candles", 1, "navy blue", "stainless steel"),
        SampleCatalog.Product("c", "Pan", "Kitchen", 1, "grey", "plastic", size: "XL"),
        SampleCatalog.Product("d", "Sign", "Home & Garden", 1, "white", "wood", size: "large"),
        SampleCatalog.Product("e", "Crate", "Storage", 1),
    }.Select(AnalyzedProduct.From));

    // text | terms | min | max | colours | materials | category | excluded | sort   (lists are space-separated, "|" joins phrases)
    [Theory]
    [InlineData("lantern", "lantern", null, null, "", "", null, "", SearchSort.Relevance)]
    [InlineData("lanterns", "lanterns", null, null, "", "", null, "", SearchSort.Relevance)]
    [InlineData("red lantern", "lantern", null, null, "red", "", null, "", SearchSort.Relevance)]
    [InlineData("red lantern under £5", "lantern", null, "5", "red", "", null, "", SearchSort.Relevance)]
    [InlineData("lantern under 5", "lantern", null, "5", "", "", null, "", SearchSort.Relevance)]
    [InlineData("lantern below £10", "lantern", null, "10", "", "", null, "", SearchSort.Relevance)]
    [InlineData("lantern less than 20", "lantern", null, "20", "", "", null, "", SearchSort.Relevance)]
    [InlineData("mug over 10", "mug", "10", null, "", "", null, "", SearchSort.Relevance)]
    [InlineData("mug more than 3", "mug", "3", null, "", "", null, "", SearchSort.Relevance)]
    [InlineData("mug between 10 and 20", "mug", "10", "20", "", "", null, "", SearchSort.Relevance)]
    [InlineData("mug 10-20", "mug", "10", "20", "", "", null, "", SearchSort.Relevance)]
    [InlineData("mug £5 to £8", "mug", "5", "8", "", "", null, "", SearchSort.Relevance)]
    [InlineData("mug from £5 to £8", "mug", "5", "8", "", "", null, "", SearchSort.Relevance)]
    [InlineData("mug 20-10", "mug", "10", "20", "", "", null, "", SearchSort.Relevance)]
    [InlineData("mug under £4.50", "mug", null, "4.50", "", "", null, "", SearchSort.Relevance)]
    [InlineData("mug under 10 over 5", "mug", "5", "10", "", "", null, "", SearchSort.Relevance)]
    [InlineData("lamp 10 to 20", "lamp", "10", "20", "", "", null, "", SearchSort.Relevance)]
    [InlineData("lantern £5", "lantern", null, "5", "", "", null, "", SearchSort.Relevance)]
    [InlineData("lantern 5 pounds", "lantern", null, "5", "", "", null, "", SearchSort.Relevance)]
    [InlineData("lantern at most £7", "lantern", null, "7", "", "", null, "", SearchSort.Relevance)]
    [InlineData("lantern up to £7", "lantern", null, "7", "", "", null, "", SearchSort.Relevance)]
    [InlineData("lantern no more than 7", "lantern", null, "7", "", "", null, "", SearchSort.Relevance)]
    [InlineData("lantern at least £7", "lantern", "7", null, "", "", null, "", SearchSort.Relevance)]
    [InlineData("lantern above 7", "lantern", "7", null, "", "", null, "", SearchSort.Relevance)]
    [InlineData("under 5", "", null, "5", "", "", null, "", SearchSort.Relevance)]
    [InlineData("cheapest mug", "mug", null, null, "", "", null, "", SearchSort.PriceAscending)]
    [InlineData("mug lowest price", "mug", null, null, "", "", null, "", SearchSort.PriceAscending)]
    [InlineData("lantern price low to high", "lantern", null, null, "", "", null, "", SearchSort.PriceAscending)]
    [InlineData("most expensive mug", "mug", null, null, "", "", null, "", SearchSort.PriceDescending)]
    [InlineData("mug price high to low", "mug", null, null, "", "", null, "", SearchSort.PriceDescending)]
    [InlineData("priciest mug", "mug", null, null, "", "", null, "", SearchSort.PriceDescending)]
    [InlineData("best rated lantern", "lantern", null, null, "", "", null, "", SearchSort.BestRated)]
    [InlineData("top rated lantern", "lantern", null, null, "", "", null, "", SearchSort.BestRated)]
    [InlineData("top-rated lantern", "lantern", null, null, "", "", null, "", SearchSort.BestRated)]
    [InlineData("most popular mug", "mug", null, null, "", "", null, "", SearchSort.BestRated)]
    [InlineData("best selling candles", "candles", null, null, "", "", "Candles", "", SearchSort.BestRated)]
    [InlineData("newest lantern", "lantern", null, null, "", "", null, "", SearchSort.Newest)]
    [InlineData("latest candles", "candles", null, null, "", "", "Candles", "", SearchSort.Newest)]
    [InlineData("new arrivals lantern", "lantern", null, null, "", "", null, "", SearchSort.Newest)]
    [InlineData("mug between £10 and £20 newest", "mug", "10", "20", "", "", null, "", SearchSort.Newest)]
    [InlineData("glass jar", "jar", null, null, "", "glass", null, "", SearchSort.Relevance)]
    [InlineData("jar not plastic", "jar", null, null, "", "", null, "plastic", SearchSort.Relevance)]
    [InlineData("jar no glass", "jar", null, null, "", "", null, "glass", SearchSort.Relevance)]
    [InlineData("jar without lid", "jar", null, null, "", "", null, "lid", SearchSort.Relevance)]
    [InlineData("jar -plastic", "jar", null, null, "", "", null, "plastic", SearchSort.Relevance)]
    [InlineData("lunch box excluding plastic", "lunch box", null, null, "", "", null, "plastic", SearchSort.Relevance)]
    [InlineData("lantern with no lid", "lantern", null, null, "", "", null, "lid", SearchSort.Relevance)]
    [InlineData("mug not red not blue", "mug", null, null, "", "", null, "red blue", SearchSort.Relevance)]
    [InlineData("navy blue mug", "mug", null, null, "navy blue", "", null, "", SearchSort.Relevance)]
    [InlineData("grey mug", "mug", null, null, "grey", "", null, "", SearchSort.Relevance)]
    [InlineData("gray mug", "mug", null, null, "grey", "", null, "", SearchSort.Relevance)]
    [InlineData("red or blue mug", "mug", null, null, "red blue", "", null, "", SearchSort.Relevance)]
    [InlineData("the red and grey lantern", "lantern", null, null, "red grey", "", null, "", SearchSort.Relevance)]
    [InlineData("wooden spoon", "spoon", null, null, "", "wood", null, "", SearchSort.Relevance)]
    [InlineData("stainless steel pan", "pan", null, null, "", "stainless steel", null, "", SearchSort.Relevance)]
    [InlineData("candles", "candles", null, null, "", "", "Candles", "", SearchSort.Relevance)]
    [InlineData("scented candle", "scented candle", null, null, "", "", "Candles", "", SearchSort.Relevance)]
    [InlineData("home and garden sign", "home garden sign", null, null, "", "", "Home & Garden", "", SearchSort.Relevance)]
    [InlineData("kitchen", "kitchen", null, null, "", "", "Kitchen", "", SearchSort.Relevance)]
    [InlineData("lights", "lights", null, null, "", "", "Lighting", "", SearchSort.Relevance)]
    [InlineData("storage box", "storage box", null, null, "", "", "Storage", "", SearchSort.Relevance)]
    [InlineData("RED LANTERN", "lantern", null, null, "red", "", null, "", SearchSort.Relevance)]
    [InlineData("  Red   Lantern!! ", "lantern", null, null, "red", "", null, "", SearchSort.Relevance)]
    [InlineData("", "", null, null, "", "", null, "", SearchSort.Relevance)]
    [InlineData("a mug for my mum", "mug mum", null, null, "", "", null, "", SearchSort.Relevance)]
    [InlineData("2 pack mugs", "2 pack mugs", null, null, "", "", null, "", SearchSort.Relevance)]
    [InlineData("t-shirt", "t shirt", null, null, "", "", null, "", SearchSort.Relevance)]
    [InlineData("non-slip mat", "non slip mat", null, null, "", "", null, "", SearchSort.Relevance)]
    [InlineData("red glass lantern under £5 not plastic cheapest", "lantern", null, "5", "red", "glass", null, "plastic", SearchSort.PriceAscending)]
    [InlineData("cheap red mug under 5", "mug", null, "5", "red", "", null, "", SearchSort.Relevance)]
    public void Parses_the_table(
        string text, string terms, string? min, string? max, string colours, string materials, string? category, string excluded, SearchSort sort)
    {
        var parsed = QueryParser.Parse(text, Vocabulary).Parsed;

        parsed.Terms.ShouldBe(Words(terms), $"terms of '{text}'");
        parsed.MinPrice.ShouldBe(min is null ? null : decimal.Parse(min, System.Globalization.CultureInfo.InvariantCulture), $"min of '{text}'");
        parsed.MaxPrice.ShouldBe(max is null ? null : decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture), $"max of '{text}'");
        parsed.Colours.ShouldBe(Phrases(colours), $"colours of '{text}'");
        parsed.Materials.ShouldBe(Phrases(materials), $"materials of '{text}'");
        parsed.Category.ShouldBe(category, $"category of '{text}'");
        parsed.Excluded.ShouldBe(Words(excluded), $"excluded of '{text}'");
        parsed.Sort.ShouldBe(sort, $"sort of '{text}'");
    }

    [Fact]
    public void Chips_list_what_was_understood_in_a_fixed_order()
    {
        var parsed = QueryParser.Parse("red glass lantern under £5 not plastic cheapest", Vocabulary).Parsed;

        parsed.Chips.ShouldBe(["under £5", "red", "glass", "not plastic", "cheapest"]);
    }

    [Fact]
    public void Range_chips_show_both_bounds() =>
        QueryParser.Parse("mug between 10 and 20.5", Vocabulary).Parsed.Chips.ShouldBe(["£10–£20.50"]);

    [Fact]
    public void Cheap_without_a_number_is_an_intent_not_a_bound()
    {
        var intent = QueryParser.Parse("cheap lantern", Vocabulary);

        intent.Cheap.ShouldBeTrue();
        intent.Parsed.MaxPrice.ShouldBeNull();
        intent.Parsed.Terms.ShouldBe(["lantern"]);
        intent.Parsed.Chips.ShouldBe(["cheap"]);
    }

    [Fact]
    public void Cheap_with_a_number_is_just_the_number() =>
        QueryParser.Parse("cheap lantern under 4", Vocabulary).Cheap.ShouldBeFalse();

    [Theory]
    [InlineData("large sign", "large")]
    [InlineData("big sign", "large")]
    [InlineData("xl pan", "xl")]
    public void Sizes_come_from_the_catalog_and_a_small_lexicon(string text, string size)
    {
        var parsed = QueryParser.Parse(text, Vocabulary).Parsed;

        parsed.Sizes.ShouldBe([size]);
        parsed.Chips.ShouldContain(size);
    }

    [Fact]
    public void A_colour_only_the_catalog_knows_is_understood()
    {
        var learned = new CatalogVocabulary([AnalyzedProduct.From(SampleCatalog.Product("x", "Vase", "Decor", 1, "duck egg"))]);

        QueryParser.Parse("duck egg vase", learned).Parsed.Colours.ShouldBe(["duck egg"]);
        QueryParser.Parse("duck egg vase", Vocabulary).Parsed.Colours.ShouldBeEmpty();
    }

    static string[] Words(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    static string[] Phrases(string list) => list switch
    {
        "navy blue" or "stainless steel" => [list],
        _ => Words(list),
    };
}
