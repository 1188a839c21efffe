using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Shouldly;

namespace Elara.Api.Tests.Catalog;

[Collection(ApiCollection.Name)]
public sealed class CatalogTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    [Fact]
    public async Task Categories_list_every_category_with_its_product_count()
    {
        var category = "Cat " + Guid.NewGuid().ToString("N")[..8];
        await api.SeedProductAsync(category: category);
        await api.SeedProductAsync(category: category);

        var categories = await ShopperClient.Plain(api).GetFromJsonAsync<JsonElement>("/api/categories");

        categories.EnumerateArray().Single(c => c.GetProperty("name").GetString() == category).GetProperty("productCount").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Products_page_through_a_category_with_24_per_page_by_default()
    {
        var category = "Page " + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 5; i++)
        {
            await api.SeedProductAsync(category: category);
        }

        var client = ShopperClient.Plain(api);
        var all = await client.GetFromJsonAsync<JsonElement>($"/api/products?category={Uri.EscapeDataString(category)}");
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/products?category={Uri.EscapeDataString(category)}&page=2&pageSize=2");

        all.GetProperty("pageSize").GetInt32().ShouldBe(24);
        all.GetProperty("page").GetInt32().ShouldBe(1);
        all.GetProperty("total").GetInt32().ShouldBe(5);
        all.GetProperty("items").GetArrayLength().ShouldBe(5);
        second.GetProperty("items").GetArrayLength().ShouldBe(2);
        second.GetProperty("items")[0].GetProperty("id").GetString().ShouldBe(all.GetProperty("items")[2].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=2147483647")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=101")]
    [InlineData("page=abc")]
    [InlineData("pageSize=1e9")]
    [InlineData("page=2147483648")]
    public async Task Bad_paging_values_answer_400(string query)
    {
        await (await ShopperClient.Plain(api).GetAsync($"/api/products?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_product_answers_with_its_details_but_not_its_stock_history()
    {
        var id = await api.SeedProductAsync(stock: 4, price: 19.99m);

        var product = await (await ShopperClient.Plain(api).GetAsync($"/api/products/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        product.GetProperty("id").GetString().ShouldBe(id);
        product.GetProperty("price").GetDecimal().ShouldBe(19.99m);
        product.GetProperty("inStock").GetBoolean().ShouldBeTrue();
        product.TryGetProperty("stockHistory", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_product_answers_404()
    {
        await (await ShopperClient.Plain(api).GetAsync($"/api/products/{Seeding.NewProductId()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("bad%20id")]
    [InlineData("bad$id")]
    [InlineData("%C3%A9t%C3%A9")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_malformed_product_id_answers_404_without_a_grain(string id)
    {
        await (await ShopperClient.Plain(api).GetAsync($"/api/products/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_routes()
    {
        var document = await ShopperClient.Plain(api).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/products/{productId}");
        paths.ShouldContain("/api/checkout");
        paths.ShouldContain("/api/auth/register");
    }
}
