using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Elara.Api.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class AnonymousShopperTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    [Fact]
    public async Task A_new_visitor_gets_a_protected_http_only_shopper_cookie_and_keeps_their_cart()
    {
        var browser = ShopperClient.Browser(api);
        var product = await api.SeedProductAsync();

        var first = await browser.Http.GetAsync("/api/cart");
        await browser.RefreshAntiforgeryAsync();
        await browser.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 3 });

        var cookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("elara.shopper=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldNotContain("=a-");
        (await browser.Http.GetFromJsonAsync<JsonElement>("/api/cart")).GetProperty("itemCount").GetInt32().ShouldBe(3);
    }

    [Theory]
    [InlineData("a-00000000000000000000000000000001")]
    [InlineData("forged")]
    [InlineData("CfDJ8-not-really-protected")]
    [InlineData("%%%")]
    public async Task A_forged_shopper_cookie_is_ignored_and_a_fresh_one_issued(string forged)
    {
        var client = ShopperClient.Plain(api);
        client.DefaultRequestHeaders.Add("Cookie", $"elara.shopper={forged}");

        var response = await client.GetAsync("/api/cart");

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("itemCount").GetInt32().ShouldBe(0);
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("elara.shopper=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tampered_shopper_cookie_does_not_reach_the_original_cart()
    {
        var (victimCookie, _) = await AnonymousCartAsync();
        var tampered = victimCookie[..^2] + (victimCookie[^2] == 'A' ? "B" : "A") + victimCookie[^1];
        var attacker = ShopperClient.Plain(api);
        attacker.DefaultRequestHeaders.Add("Cookie", $"elara.shopper={tampered}");

        var response = await attacker.GetAsync("/api/cart");

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("itemCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_protected_account_id_in_the_shopper_cookie_is_not_accepted()
    {
        var victim = ShopperClient.Browser(api);
        await victim.SignUpAsync();
        var product = await api.SeedProductAsync();
        await victim.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 });
        var victimId = await victim.MeIdAsync();

        // Even a value protected with the right key must name an anonymous shopper, never an account.
        var protector = api.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Elara.Api.Identity.AnonymousShopper.v1");
        var attacker = ShopperClient.Plain(api);
        attacker.DefaultRequestHeaders.Add("Cookie", $"elara.shopper={protector.Protect(victimId)}");

        (await (await attacker.GetAsync("/api/cart")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("itemCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task The_auth_cookie_value_does_not_work_as_a_shopper_cookie()
    {
        var victim = ShopperClient.Browser(api);
        var email = ShopperClient.NewEmail();
        await victim.RefreshAntiforgeryAsync();
        var registered = await victim.RegisterAsync(email);
        var product = await api.SeedProductAsync();
        await victim.RefreshAntiforgeryAsync();
        await victim.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 });
        var authCookie = CookieValue(registered, "elara.auth");
        var attacker = ShopperClient.Plain(api);
        attacker.DefaultRequestHeaders.Add("Cookie", $"elara.shopper={authCookie}");

        (await (await attacker.GetAsync("/api/cart")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("itemCount").GetInt32().ShouldBe(0);
        await (await attacker.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Registering_merges_the_anonymous_cart_and_wishlist_and_drops_the_shopper_cookie()
    {
        var browser = ShopperClient.Browser(api);
        var product = await api.SeedProductAsync();
        var wished = await api.SeedProductAsync();
        (await browser.Http.GetAsync("/api/cart")).EnsureSuccessStatusCode();
        await browser.RefreshAntiforgeryAsync();
        (await browser.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 2 })).EnsureSuccessStatusCode();
        (await browser.Http.PostAsync($"/api/wishlist/{wished}", null)).EnsureSuccessStatusCode();

        var registered = await browser.RegisterAsync(ShopperClient.NewEmail());

        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        registered.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("elara.shopper=;", StringComparison.Ordinal));
        var cart = await browser.Http.GetFromJsonAsync<JsonElement>("/api/cart");
        cart.GetProperty("lines").EnumerateArray().Single().GetProperty("productId").GetString().ShouldBe(product);
        cart.GetProperty("itemCount").GetInt32().ShouldBe(2);
        (await browser.Http.GetFromJsonAsync<JsonElement>("/api/wishlist")).GetProperty("productIds")
            .EnumerateArray().Select(p => p.GetString()).ShouldBe([wished]);
    }

    [Fact]
    public async Task Logging_in_merges_the_anonymous_cart_into_the_account()
    {
        var email = await ShopperClient.Browser(api).SignUpAsync();
        var browser = ShopperClient.Browser(api);
        var product = await api.SeedProductAsync();
        (await browser.Http.GetAsync("/api/cart")).EnsureSuccessStatusCode();
        await browser.RefreshAntiforgeryAsync();
        (await browser.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 })).EnsureSuccessStatusCode();

        (await browser.LoginAsync(email)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var bearer = await ShopperClient.BearerAsync(api, email);
        (await bearer.GetFromJsonAsync<JsonElement>("/api/cart")).GetProperty("itemCount").GetInt32().ShouldBe(1);
    }

    async Task<(string Cookie, string Product)> AnonymousCartAsync()
    {
        var browser = ShopperClient.Browser(api);
        var product = await api.SeedProductAsync();
        var first = await browser.Http.GetAsync("/api/cart");
        await browser.RefreshAntiforgeryAsync();
        (await browser.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 })).EnsureSuccessStatusCode();
        return (CookieValue(first, "elara.shopper"), product);
    }

    internal static string CookieValue(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal))
            .Split(';')[0][(name.Length + 1)..];
}
