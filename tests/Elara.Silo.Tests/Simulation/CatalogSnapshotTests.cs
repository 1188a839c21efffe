using Elara.Grains.Catalog;
using Elara.Silo.Simulation;
using Shouldly;

namespace Elara.Silo.Tests.Simulation;

public sealed class CatalogSnapshotTests
{
    static readonly Persona PetOwner = Personas.All.Single(p => p.Name == "pet owner");
    static readonly Persona BargainHunter = Personas.All.Single(p => p.Name == "bargain hunter");
    static readonly Persona GiftHunter = Personas.All.Single(p => p.Name == "gift hunter");

    [Fact]
    public void A_persona_mostly_looks_at_the_categories_it_likes()
    {
        var snapshot = new CatalogSnapshot([.. Products("Pet Supplies", 10), .. Products("Kitchen", 10), .. Products("Toys", 10)], Personas.All);
        var random = new Random(4);

        var picks = Enumerable.Range(0, 2000).Select(_ => snapshot.Pick(PetOwner, random)).ToList();

        picks.Count(p => p.Category == "Pet Supplies").ShouldBeGreaterThan(1400);
    }

    [Fact]
    public void A_bargain_hunter_picks_cheaper_things_than_a_gift_hunter()
    {
        var snapshot = new CatalogSnapshot(Products("Home Decor", 20), Personas.All);
        var random = new Random(5);

        decimal AveragePrice(Persona persona) => Enumerable.Range(0, 2000).Average(_ => snapshot.Pick(persona, random).Price);

        AveragePrice(BargainHunter).ShouldBeLessThan(AveragePrice(GiftHunter) - 3m);
    }

    [Fact]
    public void A_query_is_made_of_the_products_own_words_and_finds_it()
    {
        var product = new ProductSummary("lamp-1", "Nordic Brass Table Lamp", "Lighting", 40m, 5, "/images/products/lamp-1.svg");
        var snapshot = new CatalogSnapshot([product, new ProductSummary("mug-1", "Stoneware Mug", "Kitchen", 8m, 5, "")], Personas.All);
        var random = new Random(6);

        for (var i = 0; i < 50; i++)
        {
            var query = snapshot.QueryFor(product, random);
            query.Split(' ').ShouldAllBe(word => "nordic brass table lamp".Split(' ', StringSplitOptions.None).Contains(word));
            snapshot.Search(query).ShouldContain(product);
            snapshot.Search(query).ShouldNotContain(p => p.Id == "mug-1");
        }
    }

    static List<ProductSummary> Products(string category, int count) =>
        [.. Enumerable.Range(1, count).Select(i => new ProductSummary($"{category}-{i}", $"{category} Thing {i}", category, i * 2m, 10, ""))];
}
