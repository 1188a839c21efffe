using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Checkout;
using Elara.Api.Tests.Infrastructure;
using Elara.Grains.Payments;
using Shouldly;

namespace Elara.Api.Tests.Orders;

[Collection(ApiCollection.Name)]
public sealed class OrdersTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    async Task<string> OrderAsync(HttpClient shopper, string card = SandboxPaymentGateway.CapturedCard)
    {
        var product = await api.SeedProductAsync();
        (await shopper.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 })).EnsureSuccessStatusCode();
        var response = await CheckoutTests.CheckoutAsync(shopper, Guid.NewGuid().ToString(), card);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.TryGetProperty("orderId", out var failed) ? failed : body.GetProperty("id")).GetString()!;
    }

    [Fact]
    public async Task Orders_list_the_shoppers_paid_orders_newest_first()
    {
        var shopper = await ShopperClient.NewBearerShopperAsync(api);
        var first = await OrderAsync(shopper);
        var second = await OrderAsync(shopper);

        var orders = await (await shopper.GetAsync("/api/orders")).ShouldBeJsonAsync(HttpStatusCode.OK);

        orders.EnumerateArray().Select(o => o.GetProperty("id").GetString()).ShouldBe([second, first]);
    }

    [Fact]
    public async Task An_order_answers_with_its_details_even_a_failed_one()
    {
        var shopper = await ShopperClient.NewBearerShopperAsync(api);
        var paid = await OrderAsync(shopper);
        var declined = await OrderAsync(shopper, SandboxPaymentGateway.DeclinedCard);

        (await (await shopper.GetAsync($"/api/orders/{paid}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Paid");
        (await (await shopper.GetAsync($"/api/orders/{declined}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Failed");
    }

    [Fact]
    public async Task An_unknown_order_answers_404_and_orders_need_an_account()
    {
        var shopper = await ShopperClient.NewBearerShopperAsync(api);

        await (await shopper.GetAsync("/api/orders/o-unknown")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await shopper.GetAsync($"/api/orders/{new string('o', 101)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await ShopperClient.Plain(api).GetAsync("/api/orders")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await ShopperClient.Plain(api).GetAsync("/api/orders/o-unknown")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
