using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Checkout;
using Elara.Api.Tests.Identity;
using Elara.Api.Tests.Infrastructure;
using Shouldly;

namespace Elara.Api.Tests.Isolation;

/// <summary>No request can read or change another shopper's cart, orders, wishlist or profile.</summary>
[Collection(ApiCollection.Name)]
public sealed class IsolationTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    async Task<(HttpClient Client, string Product, string OrderId)> VictimAsync()
    {
        var victim = await ShopperClient.NewBearerShopperAsync(api);
        var bought = await api.SeedProductAsync();
        (await victim.PostAsJsonAsync("/api/cart/items", new { productId = bought, quantity = 1 })).EnsureSuccessStatusCode();
        var order = await (await CheckoutTests.CheckoutAsync(victim, "victim-key")).ShouldBeJsonAsync(HttpStatusCode.Created);
        var inCart = await api.SeedProductAsync();
        (await victim.PostAsJsonAsync("/api/cart/items", new { productId = inCart, quantity = 4 })).EnsureSuccessStatusCode();
        (await victim.PostAsync($"/api/wishlist/{inCart}", null)).EnsureSuccessStatusCode();
        return (victim, inCart, order.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task Another_account_sees_none_of_the_victims_cart_orders_wishlist_or_profile()
    {
        var (victim, _, orderId) = await VictimAsync();
        var attacker = await ShopperClient.NewBearerShopperAsync(api);

        await (await attacker.GetAsync($"/api/orders/{orderId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await attacker.GetFromJsonAsync<JsonElement>("/api/orders")).GetArrayLength().ShouldBe(0);
        (await attacker.GetFromJsonAsync<JsonElement>("/api/cart")).GetProperty("itemCount").GetInt32().ShouldBe(0);
        (await attacker.GetFromJsonAsync<JsonElement>("/api/wishlist")).GetProperty("productIds").GetArrayLength().ShouldBe(0);
        (await attacker.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("userId").GetString()
            .ShouldNotBe((await victim.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("userId").GetString());
    }

    [Fact]
    public async Task Another_account_cannot_change_the_victims_cart_or_wishlist()
    {
        var (victim, product, _) = await VictimAsync();
        var attacker = await ShopperClient.NewBearerShopperAsync(api);

        await (await attacker.PatchAsJsonAsync($"/api/cart/items/{product}", new { quantity = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await attacker.DeleteAsync($"/api/cart/items/{product}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await attacker.DeleteAsync($"/api/wishlist/{product}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CheckoutTests.CheckoutAsync(attacker, "victim-key")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        (await victim.GetFromJsonAsync<JsonElement>("/api/cart")).GetProperty("itemCount").GetInt32().ShouldBe(4);
        (await victim.GetFromJsonAsync<JsonElement>("/api/wishlist")).GetProperty("productIds").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Ids_in_query_strings_or_bodies_do_not_choose_the_shopper()
    {
        var (victim, _, orderId) = await VictimAsync();
        var victimId = (await victim.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("userId").GetString();
        var attacker = await ShopperClient.NewBearerShopperAsync(api);

        var cart = await attacker.GetFromJsonAsync<JsonElement>($"/api/cart?shopperId={victimId}&userId={victimId}");
        var orders = await attacker.GetFromJsonAsync<JsonElement>($"/api/orders?shopperId={victimId}");
        var added = await attacker.PostAsync("/api/cart/items", Json.Body(
            $$"""{"productId":"{{await api.SeedProductAsync()}}","quantity":1,"shopperId":"{{victimId}}"}"""));

        cart.GetProperty("itemCount").GetInt32().ShouldBe(0);
        orders.GetArrayLength().ShouldBe(0);
        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await victim.GetFromJsonAsync<JsonElement>("/api/cart")).GetProperty("itemCount").GetInt32().ShouldBe(4);
        (await victim.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}")).GetProperty("id").GetString().ShouldBe(orderId);
    }

    [Fact]
    public async Task Without_any_cookie_or_token_a_request_gets_a_fresh_empty_cart()
    {
        await VictimAsync();

        var cart = await ShopperClient.Plain(api).GetFromJsonAsync<JsonElement>("/api/cart");

        cart.GetProperty("itemCount").GetInt32().ShouldBe(0);
        await (await ShopperClient.Plain(api).GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Two_anonymous_shoppers_have_separate_carts_and_swapping_needs_the_exact_cookie()
    {
        var first = ShopperClient.Browser(api);
        var second = ShopperClient.Browser(api);
        var product = await api.SeedProductAsync();
        var firstCart = await first.Http.GetAsync("/api/cart");
        await first.RefreshAntiforgeryAsync();
        (await first.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 2 })).EnsureSuccessStatusCode();
        var secondCart = await second.Http.GetAsync("/api/cart");

        (await second.Http.GetFromJsonAsync<JsonElement>("/api/cart")).GetProperty("itemCount").GetInt32().ShouldBe(0);
        var firstCookie = AnonymousShopperTests.CookieValue(firstCart, "elara.shopper");
        var secondCookie = AnonymousShopperTests.CookieValue(secondCart, "elara.shopper");
        firstCookie.ShouldNotBe(secondCookie);

        // Two cookies' halves glued together are neither shopper.
        var spliced = ShopperClient.Plain(api);
        spliced.DefaultRequestHeaders.Add("Cookie", $"elara.shopper={firstCookie[..(firstCookie.Length / 2)]}{secondCookie[(secondCookie.Length / 2)..]}");
        (await spliced.GetFromJsonAsync<JsonElement>("/api/cart")).GetProperty("itemCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_signed_in_user_with_someone_elses_anonymous_cookie_still_sees_their_own_cart()
    {
        var anonymous = ShopperClient.Browser(api);
        var product = await api.SeedProductAsync();
        var first = await anonymous.Http.GetAsync("/api/cart");
        await anonymous.RefreshAntiforgeryAsync();
        (await anonymous.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 2 })).EnsureSuccessStatusCode();
        var bearer = await ShopperClient.NewBearerShopperAsync(api);
        bearer.DefaultRequestHeaders.Add("Cookie", $"elara.shopper={AnonymousShopperTests.CookieValue(first, "elara.shopper")}");

        (await bearer.GetFromJsonAsync<JsonElement>("/api/cart")).GetProperty("itemCount").GetInt32().ShouldBe(0);
        (await anonymous.Http.GetFromJsonAsync<JsonElement>("/api/cart")).GetProperty("itemCount").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Another_users_bearer_token_is_that_user_and_a_tampered_one_is_nobody()
    {
        var (_, _, orderId) = await VictimAsync();
        var attacker = await ShopperClient.NewBearerShopperAsync(api);
        var token = attacker.DefaultRequestHeaders.Authorization!.Parameter!;
        var tampered = ShopperClient.Plain(api);
        tampered.DefaultRequestHeaders.Authorization = new("Bearer", token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..]);

        await (await attacker.GetAsync($"/api/orders/{orderId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await tampered.GetAsync($"/api/orders/{orderId}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await tampered.GetAsync("/api/cart")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
