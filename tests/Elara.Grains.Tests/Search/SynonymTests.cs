using Elara.Grains.Search;
using Shouldly;

namespace Elara.Grains.Tests.Search;

public sealed class SynonymTests
{
    [Fact]
    public void Words_that_nearly_always_appear_together_in_names_are_related()
    {
        var synonyms = new CatalogSynonyms(
        [
            ["fairi", "light", "star"], ["fairi", "light", "warm"], ["fairi", "light"], ["light", "bulb"], ["mug", "red"],
            ["mug", "blue"], ["red", "lantern"],
        ]);

        synonyms.For("fairi").ShouldContain("light");
        synonyms.For("mug").ShouldBeEmpty();
    }

    [Fact]
    public void Queries_that_lead_to_the_same_product_lend_each_other_their_words()
    {
        var clicks = new ClickSynonyms();
        clicks.Record(["torch"], "p9");
        clicks.Record(["flashlight"], "p9");
        clicks.Record(["flashlight"], "p9");
        clicks.Record(["lamp"], "p1");

        var related = clicks.RelatedTo(["torch"]);

        related.Keys.ShouldBe(["flashlight"]);
        related["flashlight"].ShouldBe(2.0 / 3, 1e-9);
        clicks.Knows("torches").ShouldBeTrue();
        clicks.Knows("candle").ShouldBeFalse();
    }

    [Fact]
    public void A_query_nobody_clicked_from_has_no_learned_relations() =>
        new ClickSynonyms().RelatedTo(["lantern"]).ShouldBeEmpty();

    [Fact]
    public void Learned_relations_lift_products_that_match_both_words()
    {
        var index = new CatalogSearchIndex();
        index.UpsertMany(
        [
            SampleCatalog.Product("a", "Battery lamp", "Lighting", 5, popularity: 0.9),
            SampleCatalog.Product("b", "Battery torch lamp", "Lighting", 5, popularity: 0.1),
        ]);
        index.Search(new SearchQuery("battery")).Hits[0].Id.ShouldBe("a");

        index.RecordClick("battery", "b");
        index.RecordClick("torch", "b");

        index.Search(new SearchQuery("battery")).Hits[0].Id.ShouldBe("b");
    }
}
