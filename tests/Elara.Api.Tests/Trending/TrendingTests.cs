using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Elara.Grains.Products;
using Elara.Grains.Trending;
using Elara.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Elara.Api.Tests.Trending;

[Collection(ApiCollection.Name)]
public sealed class TrendingTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    [Fact]
    public async Task Trending_lists_the_products_shoppers_act_on_best_first_with_the_agreed_shape()
    {
        var category = Trends.NewCategory();
        var bought = await api.SeedProductAsync(price: 30m, category: category);
        var viewed = await api.SeedProductAsync(price: 5m, category: category);
        var shopper = await ShopperClient.NewBearerShopperAsync(api);

        await Trends.TrackAsync(shopper, ("view", viewed), ("view", viewed), ("view", bought), ("add_to_cart", bought));

        var url = $"/api/trending?category={Uri.EscapeDataString(category)}";
        var page = await Trends.UntilAsync(ShopperClient.Plain(api), url, p => p.GetProperty("items").GetArrayLength() == 2);
        page.GetProperty("window").GetString().ShouldBe("1h");
        page.GetProperty("category").GetString().ShouldBe(category);
        page.ProductIds().ShouldBe([bought, viewed]);
        var top = page.GetProperty("items")[0];
        top.GetProperty("events").GetInt64().ShouldBe(2);
        top.GetProperty("score").GetDouble().ShouldBe(1 + 3);
        var product = top.GetProperty("product");
        product.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "name", "category", "price", "stock", "imageUrl"]);
        product.GetProperty("price").GetDecimal().ShouldBe(30m);
        product.GetProperty("category").GetString().ShouldBe(category);
        product.GetProperty("imageUrl").GetString().ShouldBe(ProductImages.UrlFor(bought));
    }

    [Fact]
    public async Task Sold_out_products_are_left_out_while_still_counted()
    {
        var category = Trends.NewCategory();
        var soldOut = await api.SeedProductAsync(category: category);
        var inStock = await api.SeedProductAsync(category: category);
        var shopper = await ShopperClient.NewBearerShopperAsync(api);
        await Trends.TrackAsync(shopper, ("add_to_cart", soldOut), ("view", inStock));
        var grains = api.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IProductGrain>(soldOut).UpdateAsync(new ProductChange(Stock: 0));

        var page = await Trends.UntilAsync(
            ShopperClient.Plain(api), $"/api/trending?window=5m&category={Uri.EscapeDataString(category)}", p => p.ProductIds().Any());

        page.ProductIds().ShouldBe([inStock]);
        (await grains.GetGrain<ITrendingGrain>(TrendingKeys.Main).TopAsync(TrendingWindow.FiveMinutes, category, 10))
            .Select(p => p.ProductId).ShouldBe([soldOut, inStock]);
    }

    [Fact]
    public async Task The_limit_cuts_the_list_and_each_window_answers_by_its_name()
    {
        var category = Trends.NewCategory();
        var products = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            products.Add(await api.SeedProductAsync(category: category));
        }

        var shopper = await ShopperClient.NewBearerShopperAsync(api);
        await Trends.TrackAsync(shopper, [.. products.Select(p => ("view", p))]);
        var client = ShopperClient.Plain(api);
        var escaped = Uri.EscapeDataString(category);
        await Trends.UntilAsync(client, $"/api/trending?category={escaped}", p => p.ProductIds().Count() == 3);

        foreach (var window in new[] { "5m", "1h", "24h" })
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/trending?window={window}&category={escaped}&limit=2");
            page.GetProperty("window").GetString().ShouldBe(window);
            page.ProductIds().Count().ShouldBe(2);
        }
    }

    [Theory]
    [InlineData("window=7m", "window")]
    [InlineData("window=1H", "window")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=51", "limit")]
    [InlineData("category=%01", "category")]
    public async Task Bad_parameters_answer_400_naming_the_parameter(string query, string parameter)
    {
        var problem = await (await ShopperClient.Plain(api).GetAsync($"/api/trending?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty(parameter, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task A_limit_that_is_not_a_number_answers_400()
    {
        await (await ShopperClient.Plain(api).GetAsync("/api/trending?limit=many")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
