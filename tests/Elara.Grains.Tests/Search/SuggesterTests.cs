using Elara.Grains.Search;
using Shouldly;

namespace Elara.Grains.Tests.Search;

public sealed class SuggesterTests
{
    readonly CatalogSearchIndex _index = SampleCatalog.Index();

    [Fact]
    public void One_letter_finds_products_and_categories_at_any_word_start()
    {
        var suggestions = _index.Suggest("l", 10, []);

        suggestions.ShouldContain(new Suggestion("Lighting", "category", null));
        suggestions.ShouldContain(new Suggestion("Red Hanging Heart Lantern", "product", "p1"));
        suggestions.ShouldContain(new Suggestion("LED Flashlight", "product", "p9"));
        suggestions.ShouldAllBe(s => s.Text.Split(' ', StringSplitOptions.None).Any(w => w.StartsWith('L') || w.StartsWith('l')));
    }

    [Fact]
    public void Prefixes_ignore_case_and_may_span_words()
    {
        _index.Suggest("LANT", 10, []).Select(s => s.ProductId).ShouldBe(["p1", "p2", "p3"], ignoreOrder: true);
        _index.Suggest("heart lan", 10, []).Single().ProductId.ShouldBe("p1");
    }

    [Fact]
    public void The_middle_of_a_word_is_not_a_match() => _index.Suggest("ntern", 10, []).ShouldBeEmpty();

    [Fact]
    public void Past_queries_come_first_then_categories_then_popular_products()
    {
        var suggestions = _index.Suggest("s", 4, ["string lights", "red lanterns", "scented candles"]);

        suggestions.ShouldBe(
        [
            new Suggestion("string lights", "query", null),
            new Suggestion("scented candles", "query", null),
            new Suggestion("Storage", "category", null),
            new Suggestion("Scented Candle Jar", "product", "p4"),
        ]);
    }

    [Fact]
    public void The_limit_is_respected() => _index.Suggest("c", 2, []).Count.ShouldBe(2);

    [Fact]
    public void Blank_prefixes_suggest_nothing() => _index.Suggest("  ", 5, ["lantern"]).ShouldBeEmpty();

    [Fact]
    public void Longer_prefixes_scan_beyond_the_precomputed_short_ones()
    {
        var many = new CatalogSearchIndex();
        many.UpsertMany(Enumerable.Range(0, 300).Select(i => SampleCatalog.Product($"m{i}", $"Lamp number {i}", "Lighting", 1, popularity: i / 300.0)));

        many.Suggest("la", 3, []).Select(s => s.ProductId).ShouldBe(["m299", "m298", "m297"]);
        many.Suggest("lamp", 3, []).Select(s => s.ProductId).ShouldBe(["m299", "m298", "m297"]);
    }
}
