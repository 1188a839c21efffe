using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Shouldly;

namespace Elara.Api.Tests.Carts;

[Collection(ApiCollection.Name)]
public sealed class CartTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    [Fact]
    public async Task A_new_shopper_has_an_empty_cart()
    {
        var cart = await (await ShopperClient.Plain(api).GetAsync("/api/cart")).ShouldBeJsonAsync(HttpStatusCode.OK);

        cart.GetProperty("lines").GetArrayLength().ShouldBe(0);
        cart.GetProperty("currency").GetString().ShouldBe("GBP");
    }

    [Fact]
    public async Task Adding_changing_and_removing_items_answers_the_cart()
    {
        var bearer = await ShopperClient.NewBearerShopperAsync(api);
        var id = await api.SeedProductAsync(price: 2.50m);

        var added = await (await bearer.PostAsJsonAsync("/api/cart/items", new { productId = id, quantity = 2 })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var changed = await (await bearer.PatchAsJsonAsync($"/api/cart/items/{id}", new { quantity = 5 })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var removed = await (await bearer.DeleteAsync($"/api/cart/items/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        added.GetProperty("itemCount").GetInt32().ShouldBe(2);
        added.GetProperty("total").GetDecimal().ShouldBe(5.00m);
        changed.GetProperty("lines")[0].GetProperty("quantity").GetInt32().ShouldBe(5);
        removed.GetProperty("lines").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Setting_a_quantity_to_zero_removes_the_line()
    {
        var bearer = await ShopperClient.NewBearerShopperAsync(api);
        var id = await api.SeedProductAsync();
        await bearer.PostAsJsonAsync("/api/cart/items", new { productId = id, quantity = 2 });

        var cart = await (await bearer.PatchAsJsonAsync($"/api/cart/items/{id}", new { quantity = 0 })).ShouldBeJsonAsync(HttpStatusCode.OK);

        cart.GetProperty("itemCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_product_answers_404_and_more_than_the_stock_409()
    {
        var client = ShopperClient.Plain(api);
        var scarce = await api.SeedProductAsync(stock: 2);

        await (await client.PostAsJsonAsync("/api/cart/items", new { productId = Seeding.NewProductId(), quantity = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync("/api/cart/items", new { productId = scarce, quantity = 3 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Changing_a_product_not_in_the_cart_answers_404()
    {
        var bearer = await ShopperClient.NewBearerShopperAsync(api);
        var id = await api.SeedProductAsync();

        await (await bearer.PatchAsJsonAsync($"/api/cart/items/{id}", new { quantity = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Going_past_99_of_one_product_answers_422()
    {
        var bearer = await ShopperClient.NewBearerShopperAsync(api);
        var id = await api.SeedProductAsync(stock: 500);
        (await bearer.PostAsJsonAsync("/api/cart/items", new { productId = id, quantity = 99 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await bearer.PostAsJsonAsync("/api/cart/items", new { productId = id, quantity = 1 })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData("""{"productId":"ID","quantity":-1}""")]
    [InlineData("""{"productId":"ID","quantity":0}""")]
    [InlineData("""{"productId":"ID","quantity":100}""")]
    [InlineData("""{"productId":"ID","quantity":2147483648}""")]
    [InlineData("""{"productId":"ID","quantity":-2147483649}""")]
    [InlineData("""{"productId":"ID","quantity":1e9}""")]
    [InlineData("""{"productId":"ID","quantity":"1"}""")]
    [InlineData("""{"productId":"ID","quantity":true}""")]
    [InlineData("""{"productId":"ID"}""")]
    [InlineData("""{"productId":123,"quantity":1}""")]
    [InlineData("""{"productId":"../../etc","quantity":1}""")]
    [InlineData("""{"quantity":1}""")]
    [InlineData("""{"productId":"ID","quantity":1""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("")]
    public async Task Malformed_cart_items_answer_400(string body)
    {
        var id = await api.SeedProductAsync();

        await (await ShopperClient.Plain(api).PostAsync("/api/cart/items", Json.Body(body.Replace("ID", id)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("""{"quantity":-1}""")]
    [InlineData("""{"quantity":100}""")]
    [InlineData("""{"quantity":99999999999}""")]
    [InlineData("""{}""")]
    public async Task Malformed_quantity_changes_answer_400(string body)
    {
        var id = await api.SeedProductAsync();

        await (await ShopperClient.Plain(api).PatchAsync($"/api/cart/items/{id}", Json.Body(body))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_malformed_product_id_in_the_route_answers_404()
    {
        var client = ShopperClient.Plain(api);

        await (await client.PatchAsJsonAsync("/api/cart/items/bad!id", new { quantity = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync($"/api/cart/items/{new string('x', 65)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
