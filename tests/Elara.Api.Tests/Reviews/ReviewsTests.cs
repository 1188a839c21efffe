using System.Net;
using System.Net.Http.Json;
using Elara.Api.Tests.Infrastructure;
using Shouldly;

namespace Elara.Api.Tests.Reviews;

[Collection(ApiCollection.Name)]
public sealed class ReviewsTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    [Fact]
    public async Task A_review_is_shown_to_everyone_under_the_authors_name_with_the_average()
    {
        var product = await api.SeedProductAsync();
        var first = await ShopperClient.NewBearerShopperAsync(api);
        var second = await ShopperClient.NewBearerShopperAsync(api);

        (await first.PostAsJsonAsync($"/api/products/{product}/reviews", new { rating = 5, text = "Lovely warm light." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.PostAsJsonAsync($"/api/products/{product}/reviews", new { rating = 2, text = "Smaller than I thought." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await (await ShopperClient.Plain(api).GetAsync($"/api/products/{product}/reviews")).ShouldBeJsonAsync(HttpStatusCode.OK);

        page.GetProperty("count").GetInt32().ShouldBe(2);
        page.GetProperty("average").GetDouble().ShouldBe(3.5);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items[0].GetProperty("text").GetString().ShouldBe("Smaller than I thought.");
        items[0].GetProperty("author").GetString().ShouldBe("Test Shopper");
        items[0].TryGetProperty("shopperId", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_second_review_by_the_same_shopper_replaces_the_first()
    {
        var product = await api.SeedProductAsync();
        var shopper = await ShopperClient.NewBearerShopperAsync(api);

        await shopper.PostAsJsonAsync($"/api/products/{product}/reviews", new { rating = 1, text = "Broken." });
        var page = await (await shopper.PostAsJsonAsync($"/api/products/{product}/reviews", new { rating = 4, text = "Replaced, works." })).ShouldBeJsonAsync(HttpStatusCode.OK);

        page.GetProperty("count").GetInt32().ShouldBe(1);
        page.GetProperty("average").GetDouble().ShouldBe(4);
    }

    [Theory]
    [InlineData(0, "ok")]
    [InlineData(6, "ok")]
    [InlineData(null, "ok")]
    [InlineData(3, null)]
    public async Task Bad_ratings_and_texts_are_400(int? rating, string? text)
    {
        var product = await api.SeedProductAsync();
        var shopper = await ShopperClient.NewBearerShopperAsync(api);

        await (await shopper.PostAsJsonAsync($"/api/products/{product}/reviews", new { rating, text })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_signed_in_shoppers_write_and_unknown_products_are_404()
    {
        var product = await api.SeedProductAsync();
        var anonymous = ShopperClient.Browser(api);
        await anonymous.RefreshAntiforgeryAsync();
        var shopper = await ShopperClient.NewBearerShopperAsync(api);

        (await anonymous.Http.PostAsJsonAsync($"/api/products/{product}/reviews", new { rating = 5, text = "Great" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await shopper.PostAsJsonAsync("/api/products/p-no-such-product/reviews", new { rating = 5, text = "Great" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await ShopperClient.Plain(api).GetAsync("/api/products/p-no-such-product/reviews")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
