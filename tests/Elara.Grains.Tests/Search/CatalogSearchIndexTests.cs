using Elara.Grains.Search;
using Elara.Runtime.Testing.Time;
using Shouldly;

namespace Elara.Grains.Tests.Search;

public sealed class CatalogSearchIndexTests
{
    readonly CatalogSearchIndex _index = SampleCatalog.Index();

    IReadOnlyList<string> Ids(string text) => [.. _index.Search(new SearchQuery(text)).Hits.Select(h => h.Id)];

    [Fact]
    public void The_named_product_comes_first_despite_plural_dropped_and_reordered_words() =>
        Ids("lanterns heart hanging red vintage").First().ShouldBe("p1");

    [Fact]
    public void A_typo_is_corrected_and_reported()
    {
        var result = _index.Search(new SearchQuery("lantrn"));

        result.Correction.ShouldBe("lantern");
        result.Hits.Select(h => h.Id).ShouldBe(["p1", "p2", "p3"], ignoreOrder: true);
    }

    [Fact]
    public void Words_that_are_spelled_right_are_not_corrected() =>
        _index.Search(new SearchQuery("lanterns")).Correction.ShouldBeNull();

    [Fact]
    public void A_colour_filter_keeps_only_that_colour()
    {
        var result = _index.Search(new SearchQuery("red lantern"));

        result.Hits.Select(h => h.Id).ShouldBe(["p1"]);
        result.Hits[0].Why.ShouldBe("name matches 'lantern'; colour red");
    }

    [Fact]
    public void A_reason_names_the_fields_and_the_filters_met() =>
        _index.Search(new SearchQuery("glass lantern under £15")).Hits.Single().Why.ShouldBe("name matches 'lantern'; glass; under £15");

    [Fact]
    public void A_colour_nothing_has_is_relaxed_first_and_said()
    {
        var result = _index.Search(new SearchQuery("purple lantern under £5"));

        result.Relaxed.ShouldBe("colour purple");
        result.Hits.Select(h => h.Id).ShouldBe(["p1", "p3"], ignoreOrder: true);
    }

    [Fact]
    public void A_parsed_price_bound_is_relaxed_when_nothing_is_that_cheap()
    {
        var result = _index.Search(new SearchQuery("cushion under £2"));

        result.Relaxed.ShouldBe("price under £2");
        result.Hits.Single().Id.ShouldBe("p8");
    }

    [Fact]
    public void Relaxations_add_up_in_order()
    {
        var result = _index.Search(new SearchQuery("green velvet cushion under £2"));

        result.Relaxed.ShouldBe("colour green, material velvet, price under £2");
        result.Hits.Single().Id.ShouldBe("p8");
    }

    [Fact]
    public void An_explicit_price_filter_is_never_relaxed()
    {
        var result = _index.Search(new SearchQuery("cushion", MaxPrice: 2m));

        result.Total.ShouldBe(0);
        result.Relaxed.ShouldBeNull();
    }

    [Fact]
    public void Explicit_filters_win_over_parsed_ones()
    {
        var result = _index.Search(new SearchQuery("lantern under £5", MaxPrice: 20m, Sort: SearchSort.PriceDescending));

        result.Hits.Select(h => h.Id).ShouldBe(["p2", "p1", "p3"]);
    }

    [Fact]
    public void A_material_filter_accepts_the_adjective_in_the_name()
    {
        var index = new CatalogSearchIndex();
        index.UpsertMany([SampleCatalog.Product("w", "Wooden Spoon", "Kitchen", 2), SampleCatalog.Product("s", "Steel Spoon", "Kitchen", 2)]);

        index.Search(new SearchQuery("wood spoon")).Hits.Single().Id.ShouldBe("w");
        index.Search(new SearchQuery("wooden spoon")).Hits.Single().Id.ShouldBe("w");
    }

    [Fact]
    public void Excluded_words_remove_products()
    {
        Ids("box").ShouldContain("p6");
        Ids("box not plastic").ShouldNotContain("p6");
        Ids("box -plastic").ShouldNotContain("p6");
        Ids("jar without lid").ShouldBe(["p4"]);
    }

    [Fact]
    public void Out_of_stock_products_show_only_when_asked()
    {
        Ids("mug").ShouldBeEmpty();
        _index.Search(new SearchQuery("mug", InStockOnly: false)).Hits.Single().Id.ShouldBe("p10");
    }

    [Fact]
    public void Category_filter_accepts_slug_or_name_in_any_case()
    {
        _index.Search(new SearchQuery("", Category: "home-garden")).Total.ShouldBe(2);
        _index.Search(new SearchQuery("", Category: "HOME & GARDEN")).Total.ShouldBe(2);
    }

    [Fact]
    public void Sorting_intents_order_the_hits()
    {
        _index.Search(new SearchQuery("cheapest lantern")).Hits.Select(h => h.Price).ShouldBe([3m, 4.50m, 12m]);
        _index.Search(new SearchQuery("most expensive lantern")).Hits.Select(h => h.Price).ShouldBe([12m, 4.50m, 3m]);
        Ids("best rated lantern").ShouldBe(["p1", "p2", "p3"]);
        Ids("newest lantern").ShouldBe(["p2", "p3", "p1"]);
    }

    [Fact]
    public void Sorting_by_price_keeps_only_the_fullest_matches()
    {
        Ids("fairy lantern").ShouldContain("p11");
        Ids("cheapest fairy lights").ShouldBe(["p11", "p12"]);
    }

    [Fact]
    public void A_page_far_past_the_end_is_empty_not_an_error()
    {
        var result = _index.Search(new SearchQuery("lantern", Page: int.MaxValue, PageSize: 100));

        result.Hits.ShouldBeEmpty();
        result.Total.ShouldBe(3);
    }

    [Fact]
    public void Cheap_keeps_the_cheapest_third_of_what_matches()
    {
        var result = _index.Search(new SearchQuery("cheap lantern"));

        result.Hits.Single().Id.ShouldBe("p3");
        result.Hits[0].Why.ShouldContain("cheap (up to £3)");
    }

    [Fact]
    public void Facets_count_the_whole_matching_set()
    {
        var result = _index.Search(new SearchQuery("glass"));

        result.Total.ShouldBe(3);
        Facet(result, "category").ShouldBe([new FacetValue("Kitchen", 1), new FacetValue("Candles", 1), new FacetValue("Lighting", 1)], ignoreOrder: true);
        Facet(result, "material").ShouldBe([new FacetValue("glass", 3)]);
        Facet(result, "price").ShouldBe([new FacetValue("£5–£10", 2), new FacetValue("£10–£20", 1)]);
    }

    [Fact]
    public void Facets_list_the_most_common_value_first()
    {
        var result = _index.Search(new SearchQuery(""));

        Facet(result, "category")[0].ShouldBe(new FacetValue("Lighting", 5));
        result.Total.ShouldBe(13);
    }

    [Fact]
    public void The_shoppers_category_affinity_lifts_that_category()
    {
        Ids("glass").First().ShouldNotBe("p7");

        var personal = _index.Search(new SearchQuery("glass", CategoryAffinity: new Dictionary<string, double> { ["kitchen"] = 1 }));

        personal.Hits[0].Id.ShouldBe("p7");
    }

    [Fact]
    public void Paging_walks_the_same_order()
    {
        var all = Ids("lights lantern");
        var first = _index.Search(new SearchQuery("lights lantern", PageSize: 2));
        var second = _index.Search(new SearchQuery("lights lantern", Page: 2, PageSize: 2));

        first.Hits.Concat(second.Hits).Select(h => h.Id).ShouldBe(all.Take(4));
        first.Total.ShouldBe(all.Count);
    }

    [Fact]
    public void Upserting_an_existing_id_replaces_it()
    {
        _index.Upsert(SampleCatalog.Product("p1", "Green Teapot", "Kitchen", 20m));

        _index.Count.ShouldBe(SampleCatalog.Products.Count);
        Ids("heart").ShouldBeEmpty();
        Ids("teapot").ShouldBe(["p1"]);
    }

    [Fact]
    public void A_price_or_stock_change_is_seen_by_filters_sorts_and_facets()
    {
        _index.Search(new SearchQuery("cushion", MaxPrice: 10m)).Hits.ShouldBeEmpty();

        _index.Upsert(SampleCatalog.Product("p8", "Purple Velvet Cushion", "Home & Garden", 1m, "purple", "velvet", popularity: 0.2, size: "large"));
        _index.Upsert(SampleCatalog.Product("p3", "White Paper Lantern", "Lighting", 3m, "white", "paper", stock: 0));

        var result = _index.Search(new SearchQuery("cushion", MaxPrice: 10m));
        result.Hits.Single().Price.ShouldBe(1m);
        result.Facets.Single(f => f.Field == "price").Values.ShouldBe([new FacetValue("under £5", 1)]);
        Ids("lantern").ShouldBe(["p1", "p2"], ignoreOrder: true);
    }

    [Fact]
    public void A_batch_of_popularity_and_stock_changes_is_applied_without_rebuilding_the_words()
    {
        _index.Search(new SearchQuery("lantern"));
        var builds = _index.TextBuilds;

        // What a silo's replica sends when behaviour counters move: every product again, same words, new values.
        _index.UpsertMany(SampleCatalog.Products.Select(p => p with { Popularity = p.Id == "p2" ? 1 : 0.1, Stock = p.Id == "p1" ? 0 : p.Stock }));

        Ids("best rated lantern").ShouldBe(["p2", "p3"]);
        _index.Shelf().TryGet("p1", out var soldOut).ShouldBeTrue();
        soldOut.InStock.ShouldBeFalse();
        _index.TextBuilds.ShouldBe(builds);
    }

    [Fact]
    public void Popularity_alone_is_gathered_for_the_refresh_time_while_a_stock_change_is_seen_at_once()
    {
        var clock = new ManualTimeProvider();
        var index = new CatalogSearchIndex(new SearchIndexOptions(), clock);
        index.UpsertMany(SampleCatalog.Products);
        string First() => index.Search(new SearchQuery("best rated lantern")).Hits[0].Id;
        var before = First();

        index.UpsertMany(SampleCatalog.Products.Select(p => p with { Popularity = p.Id == "p2" ? 1 : 0.1 }));
        var waiting = First();
        clock.Advance(new SearchIndexOptions().PopularityRefresh);
        var refreshed = First();
        index.Upsert(SampleCatalog.Products.Single(p => p.Id == "p2") with { Popularity = 1, Stock = 0 });

        before.ShouldNotBe("p2");
        waiting.ShouldBe(before);
        refreshed.ShouldBe("p2");
        First().ShouldNotBe("p2");
    }

    [Fact]
    public void A_popularity_change_keeps_the_shelf_and_a_stock_change_makes_one_that_shares_its_vectors()
    {
        var before = _index.Shelf();

        _index.UpsertMany(SampleCatalog.Products.Select(p => p with { Popularity = 0.3 }));
        var afterPopularity = _index.Shelf();
        _index.Upsert(SampleCatalog.Products.Single(p => p.Id == "p1") with { Stock = 0, Price = 5m });
        var afterStock = _index.Shelf();
        _index.Upsert(SampleCatalog.Product("p8", "Purple Velvet Cushion", "Home & Garden", 1m, "purple", "velvet"));
        var afterNewProduct = _index.Shelf();

        afterPopularity.ShouldBeSameAs(before);
        afterStock.ShouldNotBeSameAs(before);
        afterStock.TryGet("p1", out var soldOut).ShouldBeTrue();
        (soldOut.InStock, soldOut.Price).ShouldBe((false, 5m));
        before.TryGet("p1", out var earlier).ShouldBeTrue();
        (earlier.InStock, earlier.Price).ShouldBe((true, 4.50m));
        before.TryGet("p2", out var p2Before).ShouldBeTrue();
        afterStock.TryGet("p2", out var p2After).ShouldBeTrue();
        p2After.Vector.ShouldBeSameAs(p2Before.Vector);
        afterNewProduct.TryGet("p8", out _).ShouldBeTrue();
        afterNewProduct.TryGet("p1", out var stillSoldOut).ShouldBeTrue();
        stillSoldOut.InStock.ShouldBeFalse();
    }

    [Fact]
    public void A_word_change_after_a_price_change_is_seen_too()
    {
        _index.Upsert(SampleCatalog.Product("p8", "Purple Velvet Cushion", "Home & Garden", 1m, "purple", "velvet"));
        _index.Search(new SearchQuery("cushion"));
        _index.Upsert(SampleCatalog.Product("p9", "LED Flashlight", "Home & Garden", 2m, "black", "metal"));
        _index.Upsert(SampleCatalog.Product("p8", "Purple Velvet Pillow", "Home & Garden", 1m, "purple", "velvet"));

        Ids("cushion").ShouldBeEmpty();
        _index.Search(new SearchQuery("pillow")).Hits.Single().Price.ShouldBe(1m);
        _index.Search(new SearchQuery("flashlight")).Hits.Single().Price.ShouldBe(2m);
    }

    [Fact]
    public void Removed_products_are_no_longer_found()
    {
        _index.Remove("p2");
        _index.Remove("missing");

        _index.Count.ShouldBe(SampleCatalog.Products.Count - 1);
        Ids("lantern").ShouldBe(["p1", "p3"], ignoreOrder: true);
    }

    [Fact]
    public void Clicks_teach_that_two_queries_mean_the_same_thing()
    {
        Ids("torch").ShouldBeEmpty();

        _index.RecordClick("flashlight", "p9");
        _index.RecordClick("torch", "p9");

        var result = _index.Search(new SearchQuery("torch"));
        result.Hits.Single().Id.ShouldBe("p9");
        result.Hits[0].Why.ShouldBe("related to 'flashlight'");
        result.Correction.ShouldBeNull();
    }

    [Fact]
    public void An_empty_index_answers_with_nothing()
    {
        var empty = new CatalogSearchIndex();

        empty.Search(new SearchQuery("lantern")).Total.ShouldBe(0);
        empty.Suggest("l", 5, []).ShouldBeEmpty();
        empty.Count.ShouldBe(0);
    }

    [Fact]
    public void Memory_estimate_grows_with_the_catalog() =>
        _index.EstimatedBytes().ShouldBeGreaterThan(new CatalogSearchIndex().EstimatedBytes());

    static IReadOnlyList<FacetValue> Facet(SearchResult result, string field) =>
        result.Facets.Single(f => f.Field == field).Values;
}
