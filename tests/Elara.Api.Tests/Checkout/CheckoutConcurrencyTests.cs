using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Elara.Grains.Payments;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Elara.Api.Tests.Checkout;

[Collection(ApiCollection.Name)]
public sealed class CheckoutConcurrencyTests(ApiFixture fixture)
{
    const int Shoppers = 50;
    const int Units = 10;

    [Fact]
    public async Task Fifty_shoppers_racing_for_the_last_ten_units_make_exactly_ten_paid_orders()
    {
        // A host of its own, so the sandbox's captured payments are this test's only.
        await using var api = await fixture.StartApiAsync();
        var product = await api.SeedProductAsync(stock: Units, price: 20m);
        var shoppers = await Task.WhenAll(Enumerable.Range(0, Shoppers).Select(async _ =>
        {
            var shopper = await ShopperClient.NewBearerShopperAsync(api);
            (await shopper.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 })).EnsureSuccessStatusCode();
            return (Client: shopper, Key: Guid.NewGuid().ToString());
        }));

        var responses = await Task.WhenAll(shoppers.Select(s => CheckoutTests.CheckoutAsync(s.Client, s.Key)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(Units);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict);
        (await api.ProductAsync(product))!.Stock.ShouldBe(0);
        var gateway = (SandboxPaymentGateway)api.Services.GetRequiredService<IPaymentGateway>();
        gateway.Captured.Count.ShouldBe(Units);

        var winner = Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.Created);
        var order = await responses[winner].Content.ReadFromJsonAsync<JsonElement>();
        var retry = await CheckoutTests.CheckoutAsync(shoppers[winner].Client, shoppers[winner].Key);
        (await retry.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString().ShouldBe(order.GetProperty("id").GetString());
        retry.Headers.GetValues("Idempotent-Replayed").Single().ShouldBe("true");
        gateway.Captured.Count.ShouldBe(Units);
    }
}
