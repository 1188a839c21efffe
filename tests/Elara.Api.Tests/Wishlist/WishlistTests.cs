using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Shouldly;

namespace Elara.Api.Tests.Wishlist;

[Collection(ApiCollection.Name)]
public sealed class WishlistTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    static IEnumerable<string?> Ids(JsonElement wishlist) => wishlist.GetProperty("productIds").EnumerateArray().Select(p => p.GetString());

    [Fact]
    public async Task Adding_twice_keeps_one_entry_and_removing_empties_the_list()
    {
        var bearer = await ShopperClient.NewBearerShopperAsync(api);
        var id = await api.SeedProductAsync();

        await bearer.PostAsync($"/api/wishlist/{id}", null);
        var added = await (await bearer.PostAsync($"/api/wishlist/{id}", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var listed = await (await bearer.GetAsync("/api/wishlist")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var removed = await (await bearer.DeleteAsync($"/api/wishlist/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Ids(added).ShouldBe([id]);
        Ids(listed).ShouldBe([id]);
        Ids(removed).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_anonymous_shopper_has_a_wishlist_too()
    {
        var browser = ShopperClient.Browser(api);
        var id = await api.SeedProductAsync();
        (await browser.Http.GetAsync("/api/wishlist")).EnsureSuccessStatusCode();
        await browser.RefreshAntiforgeryAsync();

        await browser.Http.PostAsync($"/api/wishlist/{id}", null);

        Ids(await browser.Http.GetFromJsonAsync<JsonElement>("/api/wishlist")).ShouldBe([id]);
    }

    [Fact]
    public async Task An_unknown_product_answers_404_and_a_malformed_id_404()
    {
        var client = ShopperClient.Plain(api);

        await (await client.PostAsync($"/api/wishlist/{Seeding.NewProductId()}", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsync("/api/wishlist/not%20valid", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
