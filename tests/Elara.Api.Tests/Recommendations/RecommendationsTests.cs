using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Checkout;
using Elara.Api.Tests.Infrastructure;
using Elara.Grains.Products;
using Elara.Runtime;
using Elara.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Elara.Api.Tests.Recommendations;

[Collection(ApiCollection.Name)]
public sealed class RecommendationsTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    IGrainFactory Grains => api.Services.GetRequiredService<IGrainFactory>();

    async Task<string> SeedAsync(string name, string category, int stock = 20, decimal price = 9.99m)
    {
        var id = Seeding.NewProductId();
        await Grains.GetGrain<IProductGrain>(id).UpsertAsync(new NewProduct(id, name, $"{name}, from the test shop.", category, price, stock));
        return id;
    }

    async Task<List<string>> SeedCategoryAsync(string category, string word, params string[] names)
    {
        var ids = new List<string>();
        foreach (var name in names)
        {
            ids.Add(await SeedAsync($"{name} {word}", category));
        }

        return ids;
    }

    /// <summary>The index (and the recommenders' shelf) learns of new products from the change stream, within moments.</summary>
    async Task<JsonElement> RecommendationsAsync(HttpClient client, string query = "limit=10") =>
        await (await client.GetAsync($"/api/recommendations?{query}")).ShouldBeJsonAsync(HttpStatusCode.OK);

    static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    static string Category(JsonElement item) => item.GetProperty("product").GetProperty("category").GetString()!;

    static string Id(JsonElement item) => item.GetProperty("product").GetProperty("id").GetString()!;

    static async Task ViewAsync(HttpClient client, params string[] ids)
    {
        foreach (var id in ids)
        {
            (await client.PostAsJsonAsync("/api/events", new { type = "view", productId = id })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }
    }

    async Task<(string Word, List<string> Lamps, List<string> Mugs, List<string> Rugs)> ThreeCategoriesAsync()
    {
        var word = Seeding.NewWord();
        var lamps = await SeedCategoryAsync($"Lighting {word}", word,
            "Brass desk lamp", "Copper floor lamp", "Glass table lamp", "Paper lantern lamp", "Rattan pendant lamp", "Iron reading lamp",
            "Linen lamp shade", "Clip-on lamp", "Marble lamp base", "Bamboo lantern", "Tin lantern lamp", "Ceramic bedside lamp");
        var mugs = await SeedCategoryAsync($"Kitchen {word}", word,
            "Stoneware mug", "Enamel mug", "Glass tumbler", "Tea cup", "Coffee cup", "Milk jug", "Sugar bowl", "Teapot");
        var rugs = await SeedCategoryAsync($"Textiles {word}", word,
            "Wool rug", "Cotton throw", "Linen cushion", "Jute mat", "Velvet pillow", "Knitted blanket");
        await WaitForShelfAsync(lamps.Concat(mugs).Concat(rugs));
        return (word, lamps, mugs, rugs);
    }

    /// <summary>Waits until the similar-products route knows every product: the silo's shelf has them.</summary>
    async Task WaitForShelfAsync(IEnumerable<string> ids)
    {
        var client = ShopperClient.Plain(api);
        foreach (var id in ids)
        {
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while ((await client.GetAsync($"/api/products/{id}/similar?limit=1")).StatusCode != HttpStatusCode.OK)
            {
                DateTime.UtcNow.ShouldBeLessThan(deadline, $"product {id} never reached the recommenders' shelf");
                await Task.Delay(50);
            }
        }
    }

    [Fact]
    public async Task Viewing_three_products_of_a_category_makes_the_very_next_list_dominated_by_it()
    {
        var (_, lamps, _, _) = await ThreeCategoriesAsync();
        var shopper = await ShopperClient.NewBearerShopperAsync(api);
        var lighting = (await Grains.GetGrain<IProductGrain>(lamps[0]).GetAsync())!.Category;

        await ViewAsync(shopper, lamps[0], lamps[1], lamps[2]);
        var items = Items(await RecommendationsAsync(shopper));

        items.Count.ShouldBe(10);
        items.Count(i => Category(i) == lighting).ShouldBeGreaterThan(items.Count / 2);
        items.Select(Id).ShouldNotContain(lamps[0]);
        items.Where(i => Category(i) == lighting).ShouldAllBe(i => i.GetProperty("reason").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Preferences_follow_the_shoppers_own_events()
    {
        var (_, lamps, mugs, _) = await ThreeCategoriesAsync();
        var shopper = await ShopperClient.NewBearerShopperAsync(api);

        await ViewAsync(shopper, mugs[0], lamps[0], lamps[1]);
        var preferences = await (await shopper.GetAsync("/api/me/preferences")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var categories = preferences.GetProperty("categories").EnumerateArray().ToList();
        categories[0].GetProperty("category").GetString().ShouldStartWith("Lighting");
        categories[0].GetProperty("score").GetDouble().ShouldBe(1.0);
        preferences.GetProperty("sessionProducts").EnumerateArray().Select(p => p.GetString()).ShouldBe([lamps[1], lamps[0], mugs[0]]);
        preferences.GetProperty("events").GetInt64().ShouldBe(3);
    }

    [Fact]
    public async Task Hidden_bought_and_sold_out_products_never_appear()
    {
        var word = Seeding.NewWord();
        var category = $"Lighting {word}";
        var lamps = await SeedCategoryAsync(category, word, "Brass lamp", "Copper lamp", "Glass lamp", "Paper lamp", "Iron lamp");
        var soldOut = await SeedAsync($"Sold out lamp {word}", category, stock: 0);
        await WaitForShelfAsync([.. lamps, soldOut]);
        var shopper = await ShopperClient.NewBearerShopperAsync(api);
        (await shopper.PostAsJsonAsync("/api/cart/items", new { productId = lamps[1], quantity = 1 })).EnsureSuccessStatusCode();
        (await CheckoutTests.CheckoutAsync(shopper, Guid.NewGuid().ToString())).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await shopper.PostAsJsonAsync("/api/recommendations/hidden", new { productId = lamps[2] })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await ViewAsync(shopper, lamps[0]);
        var ids = Items(await RecommendationsAsync(shopper, "limit=50")).Select(Id).ToList();

        ids.ShouldNotContain(lamps[1]);
        ids.ShouldNotContain(lamps[2]);
        ids.ShouldNotContain(soldOut);
        ids.ShouldContain(lamps[3]);
    }

    [Fact]
    public async Task A_list_asked_again_at_once_still_sees_a_hide_and_a_product_that_sold_out()
    {
        var word = Seeding.NewWord();
        var category = $"Lighting {word}";
        var lamps = await SeedCategoryAsync(category, word, "Brass lamp", "Copper lamp", "Glass lamp", "Paper lamp", "Iron lamp", "Tin lamp");
        await WaitForShelfAsync(lamps);
        var shopper = await ShopperClient.NewBearerShopperAsync(api);
        await ViewAsync(shopper, lamps[0]);
        var first = Items(await RecommendationsAsync(shopper, "limit=50")).Select(Id).ToList();
        first.ShouldContain(lamps[1]);
        first.ShouldContain(lamps[2]);

        // The same request at once is the same list; a hide is the shopper's own change, seen on the very next one.
        Items(await RecommendationsAsync(shopper, "limit=50")).Select(Id).ShouldBe(first);
        (await shopper.PostAsJsonAsync("/api/recommendations/hidden", new { productId = lamps[1] })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Items(await RecommendationsAsync(shopper, "limit=50")).Select(Id).ShouldNotContain(lamps[1]);

        // Sold out: gone as soon as the shelf has the new stock, well before a reused list would have run out.
        var product = await Grains.GetGrain<IProductGrain>(lamps[2]).GetAsync();
        await Grains.GetGrain<IProductGrain>(lamps[2]).UpsertAsync(
            new NewProduct(lamps[2], product!.Name, product.Description, product.Category, product.Price, Stock: 0));
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Items(await RecommendationsAsync(shopper, "limit=50")).Select(Id).Contains(lamps[2]))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "a sold-out product stayed in the shopper's list");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Similar_products_leave_out_the_product_itself_and_explain_themselves()
    {
        var (_, lamps, _, _) = await ThreeCategoriesAsync();

        var page = await (await ShopperClient.Plain(api).GetAsync($"/api/products/{lamps[0]}/similar?limit=5")).ShouldBeJsonAsync(HttpStatusCode.OK);

        page.GetProperty("productId").GetString().ShouldBe(lamps[0]);
        var items = Items(page);
        items.Count.ShouldBe(5);
        items.Select(Id).ShouldNotContain(lamps[0]);
        items.Count(i => lamps.Contains(Id(i))).ShouldBeGreaterThan(2);
        items.ShouldAllBe(i => i.GetProperty("reason").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Bought_together_counts_real_baskets_with_support_and_confidence()
    {
        var word = Seeding.NewWord();
        var (lamp, bulb, shade) = (await SeedAsync($"Lamp {word}", "Lighting"), await SeedAsync($"Bulb {word}", "Lighting"), await SeedAsync($"Shade {word}", "Lighting"));
        await WaitForShelfAsync([lamp, bulb, shade]);
        foreach (var basket in new[] { new[] { lamp, bulb }, [lamp, bulb], [lamp, shade] })
        {
            var shopper = await ShopperClient.NewBearerShopperAsync(api);
            foreach (var id in basket)
            {
                (await shopper.PostAsJsonAsync("/api/cart/items", new { productId = id, quantity = 1 })).EnsureSuccessStatusCode();
            }

            (await CheckoutTests.CheckoutAsync(shopper, Guid.NewGuid().ToString())).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        // Baskets reach the products with the silo's next batch of derived data.
        var items = new List<JsonElement>();
        await Eventually.HoldsAsync(async () =>
        {
            items = Items(await (await ShopperClient.Plain(api).GetAsync($"/api/products/{lamp}/bought-together")).ShouldBeJsonAsync(HttpStatusCode.OK));
            return items.Count == 2 && items[0].GetProperty("baskets").GetInt32() == 2;
        }, "the three orders' baskets reached the lamp");

        items.Select(Id).ShouldBe([bulb, shade]);
        items[0].GetProperty("baskets").GetInt32().ShouldBe(2);
        items[0].GetProperty("confidence").GetDouble().ShouldBe(0.6667);
        items[0].GetProperty("support").GetDouble().ShouldBeGreaterThan(0);
        items[0].GetProperty("support").GetDouble().ShouldBeLessThanOrEqualTo(items[0].GetProperty("confidence").GetDouble());
        items[1].GetProperty("reason").GetString().ShouldBe($"in 1 of the 3 orders with Lamp {word}");
    }

    [Fact]
    public async Task The_cart_context_suggests_what_goes_with_the_cart_and_never_the_cart_itself()
    {
        var word = Seeding.NewWord();
        var (lamp, bulb) = (await SeedAsync($"Lamp {word}", "Lighting"), await SeedAsync($"Bulb {word}", "Lighting"));
        await WaitForShelfAsync([lamp, bulb]);
        var earlier = await ShopperClient.NewBearerShopperAsync(api);
        foreach (var id in new[] { lamp, bulb })
        {
            (await earlier.PostAsJsonAsync("/api/cart/items", new { productId = id, quantity = 1 })).EnsureSuccessStatusCode();
        }

        (await CheckoutTests.CheckoutAsync(earlier, Guid.NewGuid().ToString())).StatusCode.ShouldBe(HttpStatusCode.Created);
        var shopper = await ShopperClient.NewBearerShopperAsync(api);
        (await shopper.PostAsJsonAsync("/api/cart/items", new { productId = lamp, quantity = 1 })).EnsureSuccessStatusCode();
        // The basket reaches the item graph with the silo's next batch of derived data.
        await Eventually.HoldsAsync(
            async () => Items(await (await ShopperClient.Plain(api).GetAsync($"/api/products/{lamp}/bought-together")).ShouldBeJsonAsync(HttpStatusCode.OK)).Count > 0,
            "the earlier order's basket was learned");

        var page = await RecommendationsAsync(shopper, "context=cart&limit=5");

        page.GetProperty("context").GetString().ShouldBe("cart");
        var items = Items(page);
        items.Select(Id).ShouldNotContain(lamp);
        Id(items[0]).ShouldBe(bulb);
        items[0].GetProperty("source").GetString().ShouldBe("bought_together");
    }

    [Theory]
    [InlineData("/api/recommendations?limit=0", "limit")]
    [InlineData("/api/recommendations?limit=51", "limit")]
    [InlineData("/api/recommendations?context=sideways", "context")]
    [InlineData("/api/recommendations?context=product", "productId")]
    [InlineData("/api/recommendations?context=product&productId=a%20b", "productId")]
    [InlineData("/api/products/p-1/similar?limit=0", "limit")]
    [InlineData("/api/products/p-1/bought-together?limit=100", "limit")]
    public async Task Bad_parameters_are_400_naming_the_field(string url, string field)
    {
        var problem = await (await ShopperClient.Plain(api).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/recommendations?context=product&productId=p-no-such-product")]
    [InlineData("/api/products/p-no-such-product/similar")]
    [InlineData("/api/products/p-no-such-product/bought-together")]
    public async Task Unknown_products_are_404(string url)
    {
        await (await ShopperClient.Plain(api).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Hiding_an_unknown_product_is_404_and_a_malformed_one_400()
    {
        var shopper = await ShopperClient.NewBearerShopperAsync(api);

        await (await shopper.PostAsJsonAsync("/api/recommendations/hidden", new { productId = "p-no-such-product" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await shopper.PostAsJsonAsync("/api/recommendations/hidden", new { productId = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
