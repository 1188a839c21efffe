using Elara.Grains.Search;
using Elara.Grains.Tests.Embeddings;
using Shouldly;

namespace Elara.Grains.Tests.Search;

/// <summary>
/// Hybrid search on the <see cref="ShopTexts"/> corpus as products: lamps and lanterns never share a word but always
/// share their neighbours (glow, bulb, shade, candle), so the semantic side finds one from the other; filters still hold.
/// </summary>
public sealed class SemanticSearchTests
{
    static readonly IReadOnlyList<SearchDocument> Products =
    [
        .. Group("lantern", "Lights", ShopTexts.Lighting, "red", 0),
        .. Group("lamp", "Lights", ShopTexts.Lighting, "blue", 100),
        .. Group("mug", "Kitchen", ShopTexts.Kitchen, "red", 200),
        .. Group("teapot", "Kitchen", ShopTexts.Kitchen, "blue", 300),
    ];

    readonly CatalogSearchIndex _index = Index(semantic: true);

    static CatalogSearchIndex Index(bool semantic)
    {
        var index = new CatalogSearchIndex(new SearchIndexOptions
        {
            Semantic = SemanticSearchOptions.Default with { Enabled = semantic, MinProducts = 0 },
        });
        index.UpsertMany(Products);
        return index;
    }

    /// <summary>One product per pair of context words, e.g. "lantern" described as "glow and bulb".</summary>
    static IEnumerable<SearchDocument> Group(string head, string category, string[] contexts, string colour, int firstId) =>
        from i in Enumerable.Range(0, contexts.Length)
        from j in Enumerable.Range(i + 1, contexts.Length - i - 1)
        let id = firstId + i * contexts.Length + j
        select SampleCatalog.Product(
            $"{head}-{id}", $"{char.ToUpperInvariant(head[0])}{head[1..]}", category, 2 + id % 7, colour,
            description: $"{contexts[i]} and {contexts[j]}");

    [Fact]
    public void A_product_that_shares_no_word_with_the_query_is_found_by_its_neighbours()
    {
        var hits = _index.Search(new SearchQuery("lamp", PageSize: 100)).Hits;

        hits.Take(10).ShouldAllBe(h => h.Name == "Lamp");
        var lantern = hits.First(h => h.Name == "Lantern");
        lantern.Why.ShouldBe("similar to your words");
        hits.ShouldNotContain(h => h.Name == "Mug" || h.Name == "Teapot");
    }

    [Fact]
    public void Without_the_semantic_side_only_the_word_matches()
    {
        var hits = Index(semantic: false).Search(new SearchQuery("lamp", PageSize: 100)).Hits;

        hits.ShouldAllBe(h => h.Name == "Lamp");
    }

    [Fact]
    public void Filters_hold_for_products_only_the_semantic_side_found()
    {
        var result = _index.Search(new SearchQuery("lamp", MaxPrice: 5, PageSize: 100));

        result.Hits.ShouldContain(h => h.Name == "Lantern");
        result.Hits.ShouldAllBe(h => h.Price <= 5);
        result.Total.ShouldBe(result.Hits.Count);
    }

    [Fact]
    public void A_colour_in_the_text_filters_the_semantic_side_too()
    {
        var hits = _index.Search(new SearchQuery("red lamp", PageSize: 100)).Hits;

        hits.ShouldNotBeEmpty();
        hits.ShouldAllBe(h => h.Name == "Lantern");
    }

    [Fact]
    public void The_products_a_shopper_just_viewed_lift_similar_products_to_the_top()
    {
        var mugs = Products.Where(p => p.Name == "Mug").Select(p => p.Id).Take(3).ToList();
        var lanterns = Products.Where(p => p.Name == "Lantern").Select(p => p.Id).Take(3).ToList();

        var afterMugs = _index.Search(new SearchQuery("red", PageSize: 10, RecentProducts: mugs)).Hits;
        var afterLanterns = _index.Search(new SearchQuery("red", PageSize: 10, RecentProducts: lanterns)).Hits;

        afterMugs.ShouldAllBe(h => h.Name == "Mug");
        afterLanterns.ShouldAllBe(h => h.Name == "Lantern");
    }

    [Fact]
    public void Unknown_recent_products_change_nothing()
    {
        var plain = _index.Search(new SearchQuery("red", PageSize: 10)).Hits.Select(h => h.Id);

        _index.Search(new SearchQuery("red", PageSize: 10, RecentProducts: ["no-such-product"])).Hits.Select(h => h.Id).ShouldBe(plain);
    }
}
