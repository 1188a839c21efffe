using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Shouldly;

namespace Elara.Api.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class AntiforgeryTests(ApiFixture fixture)
{
    const string Refused = "Antiforgery token missing or invalid";
    readonly ElaraApiFactory api = fixture.Api;

    [Fact]
    public async Task The_token_endpoint_returns_the_token_and_a_readable_XSRF_TOKEN_cookie()
    {
        var response = await ShopperClient.Plain(api).GetAsync("/api/auth/antiforgery");

        var token = (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("token").GetString();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        cookie.ShouldStartWith($"XSRF-TOKEN={token};");
        cookie.ShouldNotContain("httponly", Case.Insensitive);
    }

    [Fact]
    public async Task A_signed_in_browser_without_the_token_is_refused_with_400()
    {
        var browser = ShopperClient.Browser(api);
        await browser.SignUpAsync();
        browser.Http.DefaultRequestHeaders.Remove(ShopperClient.AntiforgeryHeader);
        var product = await api.SeedProductAsync();

        var response = await browser.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("title").GetString().ShouldBe(Refused);
        (await browser.Http.GetFromJsonAsync<JsonElement>("/api/cart")).GetProperty("itemCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task An_anonymous_shopper_cookie_also_needs_the_token_and_passes_with_it()
    {
        var browser = ShopperClient.Browser(api);
        var product = await api.SeedProductAsync();
        (await browser.Http.GetAsync("/api/cart")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var without = await browser.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 });
        await browser.RefreshAntiforgeryAsync();
        var with = await browser.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 });

        await without.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await with.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("itemCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_token_issued_to_someone_else_is_refused()
    {
        var other = ShopperClient.Browser(api);
        await other.SignUpAsync();
        var othersToken = await other.RefreshAntiforgeryAsync();
        var browser = ShopperClient.Browser(api);
        await browser.SignUpAsync();
        browser.Http.DefaultRequestHeaders.Remove(ShopperClient.AntiforgeryHeader);
        browser.Http.DefaultRequestHeaders.Add(ShopperClient.AntiforgeryHeader, othersToken);

        var response = await browser.Http.PostAsync("/api/auth/logout", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_token_that_passed_once_is_still_refused_beside_another_browsers_cookie()
    {
        var product = await api.SeedProductAsync();
        var browser = ShopperClient.Browser(api);
        (await browser.Http.GetAsync("/api/cart")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await browser.RefreshAntiforgeryAsync();
        var other = ShopperClient.Browser(api);
        (await other.Http.GetAsync("/api/cart")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await other.RefreshAntiforgeryAsync();
        other.Http.DefaultRequestHeaders.Remove(ShopperClient.AntiforgeryHeader);
        other.Http.DefaultRequestHeaders.Add(ShopperClient.AntiforgeryHeader, token);

        var first = await browser.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 });
        var again = await browser.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 });
        var borrowed = await other.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 });

        (await first.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("itemCount").GetInt32().ShouldBe(1);
        (await again.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("itemCount").GetInt32().ShouldBe(2);
        (await borrowed.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("title").GetString().ShouldBe(Refused);
    }

    [Fact]
    public async Task A_token_from_before_sign_in_no_longer_counts_after_it()
    {
        var browser = ShopperClient.Browser(api);
        await browser.RefreshAntiforgeryAsync();
        (await browser.RegisterAsync(ShopperClient.NewEmail())).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await browser.Http.PostAsync("/api/auth/logout", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_request_without_Elara_cookies_needs_no_token()
    {
        var product = await api.SeedProductAsync();

        var response = await ShopperClient.Plain(api).PostAsJsonAsync("/api/events", new { type = "view", productId = product });

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task A_bearer_request_needs_no_token_even_with_cookies()
    {
        var email = await ShopperClient.Browser(api).SignUpAsync();
        var bearer = await ShopperClient.BearerAsync(api, email);
        bearer.DefaultRequestHeaders.Add("Cookie", "elara.shopper=anything; elara.auth=anything");
        var product = await api.SeedProductAsync();

        var response = await bearer.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 2 });

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("itemCount").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Token_for_non_browser_clients_needs_no_antiforgery_without_cookies_but_does_with_them()
    {
        var email = await ShopperClient.Browser(api).SignUpAsync();
        var withCookie = ShopperClient.Plain(api);
        withCookie.DefaultRequestHeaders.Add("Cookie", "elara.shopper=x");

        var plain = await ShopperClient.Plain(api).PostAsJsonAsync("/api/auth/token", new { email, password = ShopperClient.Password });
        var cookied = await withCookie.PostAsJsonAsync("/api/auth/token", new { email, password = ShopperClient.Password });

        plain.StatusCode.ShouldBe(HttpStatusCode.OK);
        await cookied.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
