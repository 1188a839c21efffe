using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Elara.Grains.Payments;
using Shouldly;

namespace Elara.Api.Tests.Checkout;

[Collection(ApiCollection.Name)]
public sealed class CheckoutTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    public static Task<HttpResponseMessage> CheckoutAsync(HttpClient client, string? key, string card = SandboxPaymentGateway.CapturedCard)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/checkout") { Content = JsonContent.Create(new { cardNumber = card }) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    async Task<(HttpClient Shopper, string Product)> ShopperWithCartAsync(int stock = 10, int quantity = 2)
    {
        var shopper = await ShopperClient.NewBearerShopperAsync(api);
        var product = await api.SeedProductAsync(stock: stock, price: 4.25m);
        (await shopper.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity })).EnsureSuccessStatusCode();
        return (shopper, product);
    }

    [Fact]
    public async Task A_paid_checkout_answers_201_with_the_order_and_its_location_and_empties_the_cart()
    {
        var (shopper, product) = await ShopperWithCartAsync();

        var response = await CheckoutAsync(shopper, Guid.NewGuid().ToString());

        var order = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = order.GetProperty("id").GetString();
        response.Headers.Location!.OriginalString.ShouldBe($"/api/orders/{id}");
        order.GetProperty("status").GetString().ShouldBe("Paid");
        order.GetProperty("total").GetDecimal().ShouldBe(8.50m);
        response.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await api.ProductAsync(product))!.Stock.ShouldBe(8);
        (await shopper.GetFromJsonAsync<JsonElement>("/api/cart")).GetProperty("itemCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Replaying_a_key_answers_the_same_order_marked_as_replayed_and_charges_once()
    {
        var (shopper, product) = await ShopperWithCartAsync();
        var key = Guid.NewGuid().ToString();

        var first = await (await CheckoutAsync(shopper, key)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var replay = await CheckoutAsync(shopper, key);

        (await replay.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString().ShouldBe(first.GetProperty("id").GetString());
        replay.Headers.GetValues("Idempotent-Replayed").Single().ShouldBe("true");
        (await api.ProductAsync(product))!.Stock.ShouldBe(8);
    }

    [Fact]
    public async Task A_declined_card_answers_402_with_the_order_id_and_keeps_the_stock()
    {
        var (shopper, product) = await ShopperWithCartAsync();

        var problem = await (await CheckoutAsync(shopper, "k-1", SandboxPaymentGateway.DeclinedCard)).ShouldBeProblemAsync(HttpStatusCode.PaymentRequired);

        problem.GetProperty("orderId").GetString()!.ShouldStartWith("o-");
        (await api.ProductAsync(product))!.Stock.ShouldBe(10);
        (await shopper.GetFromJsonAsync<JsonElement>("/api/cart")).GetProperty("itemCount").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_payment_service_failure_answers_503_with_Retry_After_and_the_order_id()
    {
        var (shopper, _) = await ShopperWithCartAsync();

        var response = await CheckoutAsync(shopper, "k-2", SandboxPaymentGateway.UnavailableCard);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("orderId").GetString().ShouldNotBeNullOrEmpty();
        response.Headers.GetValues("Retry-After").Single().ShouldBe("5");
    }

    [Fact]
    public async Task Stock_sold_out_before_checkout_answers_409_with_the_order_id()
    {
        var (shopper, product) = await ShopperWithCartAsync(stock: 2, quantity: 2);
        var admin = await ShopperClient.BearerAsync(api, ApiFixture.AdminEmail, ApiFixture.AdminPassword);
        (await admin.PatchAsJsonAsync($"/api/admin/products/{product}", new { stock = 1 })).EnsureSuccessStatusCode();

        var problem = await (await CheckoutAsync(shopper, "k-3")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.GetProperty("orderId").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_failed_checkout_is_replayed_with_the_same_status()
    {
        var (shopper, _) = await ShopperWithCartAsync();

        var first = await (await CheckoutAsync(shopper, "k-4", SandboxPaymentGateway.DeclinedCard)).ShouldBeProblemAsync(HttpStatusCode.PaymentRequired);
        var replay = await CheckoutAsync(shopper, "k-4", SandboxPaymentGateway.DeclinedCard);

        (await replay.ShouldBeProblemAsync(HttpStatusCode.PaymentRequired)).GetProperty("orderId").GetString().ShouldBe(first.GetProperty("orderId").GetString());
        replay.Headers.GetValues("Idempotent-Replayed").Single().ShouldBe("true");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("key\twith-tab")]
    [InlineData("ключ")]
    public async Task A_missing_or_invalid_Idempotency_Key_answers_400(string? key)
    {
        var (shopper, product) = await ShopperWithCartAsync();

        var problem = await (await CheckoutAsync(shopper, key)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _).ShouldBeTrue();
        (await api.ProductAsync(product))!.Stock.ShouldBe(10);
    }

    [Fact]
    public async Task A_key_of_101_characters_answers_400()
    {
        var (shopper, _) = await ShopperWithCartAsync();

        await (await CheckoutAsync(shopper, new string('k', 101))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("""{"cardNumber":"42"}""")]
    [InlineData("""{"cardNumber":"4242-4242-4242-4242"}""")]
    [InlineData("""{"cardNumber":4242424242424242}""")]
    [InlineData("""{}""")]
    public async Task A_malformed_card_number_answers_400(string body)
    {
        var (shopper, _) = await ShopperWithCartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/checkout") { Content = Json.Body(body) };
        request.Headers.Add("Idempotency-Key", "k-5");

        await (await shopper.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_empty_cart_answers_422()
    {
        var shopper = await ShopperClient.NewBearerShopperAsync(api);

        await (await CheckoutAsync(shopper, "k-6")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Anonymous_shoppers_cannot_check_out()
    {
        var browser = ShopperClient.Browser(api);
        var product = await api.SeedProductAsync();
        (await browser.Http.GetAsync("/api/cart")).EnsureSuccessStatusCode();
        await browser.RefreshAntiforgeryAsync();
        (await browser.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 })).EnsureSuccessStatusCode();

        await (await CheckoutAsync(browser.Http, "k-7")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await CheckoutAsync(ShopperClient.Plain(api), "k-7")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await api.ProductAsync(product))!.Stock.ShouldBe(50);
    }

    [Fact]
    public async Task A_browser_checks_out_with_its_cookie_and_antiforgery_token()
    {
        var browser = ShopperClient.Browser(api);
        await browser.SignUpAsync();
        var product = await api.SeedProductAsync();
        (await browser.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 })).EnsureSuccessStatusCode();

        (await CheckoutAsync(browser.Http, "k-8")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
